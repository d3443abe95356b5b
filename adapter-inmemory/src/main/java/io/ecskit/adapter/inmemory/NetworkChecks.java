package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.service.ServiceRules;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * What CreateService, UpdateService and RunTask check about networking: the domain's
 * {@link ServiceRules} (ECS answers the first broken one), then what only a VPC knows. Unknown
 * IDs are refused once a test declared its VPC; ECS's wording for them comes from EC2's errors.
 */
final class NetworkChecks {

    private NetworkChecks() {
    }

    static Either<EcsError, Option<NetworkConfiguration>> check(InMemoryState state, TaskDefinition td,
                                                               Option<NetworkConfiguration> network) {
        Option<AwsVpcConfiguration> vpc = network.flatMap(NetworkConfiguration::awsvpcConfiguration);
        Seq<io.ecskit.domain.Violation> broken = ServiceRules.network(td, vpc);
        if (broken.nonEmpty()) {
            return Either.left(Errors.first(broken));
        }
        for (AwsVpcConfiguration v : vpc) {
            Option<String> badSubnet = unknown(v.subnets(), state.subnets);
            if (badSubnet.isDefined()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SUBNET_EXISTS, badSubnet.get()));
            }
            Option<String> badGroup = unknown(v.securityGroups(), state.securityGroups);
            if (badGroup.isDefined()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SECURITY_GROUP_EXISTS, badGroup.get()));
            }
        }
        return Either.right(network);
    }

    private static Option<String> unknown(Seq<String> ids, java.util.Set<String> declared) {
        return ids.find(id -> !declared.isEmpty() && !declared.contains(id));
    }

    static Either<EcsError, Seq<LoadBalancer>> checkLoadBalancers(TaskDefinition td, Seq<LoadBalancer> loadBalancers) {
        Seq<io.ecskit.domain.Violation> broken = ServiceRules.loadBalancers(td, loadBalancers);
        return broken.isEmpty() ? Either.right(loadBalancers) : Either.left(Errors.first(broken));
    }
}
