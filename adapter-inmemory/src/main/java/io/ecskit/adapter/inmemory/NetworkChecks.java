package io.ecskit.adapter.inmemory;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.regex.Pattern;

/**
 * What CreateService/UpdateService check about networking. Unknown ids are only refused once a
 * test declared its VPC; ECS's wording for them comes from EC2's errors [aws/containers-roadmap reports].
 */
final class NetworkChecks {

    private static final Pattern SUBNET = Pattern.compile("^subnet-[0-9a-f]{8,17}$");
    private static final Pattern SECURITY_GROUP = Pattern.compile("^sg-[0-9a-f]{8,17}$");

    private NetworkChecks() {
    }

    static Either<EcsError, Option<AwsVpcConfiguration>> check(
            InMemoryState state, TaskDefinition td, Option<AwsVpcConfiguration> network) {
        if (td.effectiveNetworkMode() != NetworkMode.AWSVPC) {
            return network.isDefined()
                    ? Either.left(EcsError.InvalidParameter.of(
                            "Network Configuration is not valid for the given networkMode of this task definition."))
                    : Either.right(network);
        }
        if (network.isEmpty()) {
            return Either.left(EcsError.InvalidParameter.of(
                    "Network Configuration must be provided when networkMode 'awsvpc' is specified."));
        }
        AwsVpcConfiguration vpc = network.get();
        if (vpc.subnets().isEmpty()) {
            return Either.left(EcsError.InvalidParameter.of("subnets can not be empty."));
        }
        if (vpc.subnets().size() > AwsVpcConfiguration.MAX_SUBNETS) {
            return Either.left(EcsError.InvalidParameter.of("subnets can have at most 16 items."));
        }
        if (vpc.securityGroups().size() > AwsVpcConfiguration.MAX_SECURITY_GROUPS) {
            return Either.left(EcsError.InvalidParameter.of("securityGroups can have at most 5 items."));
        }
        Option<String> badSubnet = unknown(vpc.subnets(), SUBNET, state.subnets);
        if (badSubnet.isDefined()) {
            return Either.left(EcsError.InvalidParameter.of("Error retrieving subnet information for [" + badSubnet.get()
                    + "]: The subnet ID '" + badSubnet.get() + "' does not exist (ErrorCode: InvalidSubnetID.NotFound)"));
        }
        Option<String> badGroup = unknown(vpc.securityGroups(), SECURITY_GROUP, state.securityGroups);
        if (badGroup.isDefined()) {
            return Either.left(EcsError.InvalidParameter.of("Error retrieving security group information for ["
                    + badGroup.get() + "]: The security group '" + badGroup.get()
                    + "' does not exist (ErrorCode: InvalidGroup.NotFound)"));
        }
        return Either.right(network);
    }

    private static Option<String> unknown(Seq<String> ids, Pattern format, java.util.Set<String> declared) {
        return ids.find(id -> !format.matcher(id).matches() || !declared.isEmpty() && !declared.contains(id));
    }

    static Either<EcsError, Seq<LoadBalancer>> checkLoadBalancers(TaskDefinition td, Seq<LoadBalancer> loadBalancers) {
        for (LoadBalancer lb : loadBalancers) {
            if (td.effectiveNetworkMode() == NetworkMode.AWSVPC && lb.targetGroupArn().isEmpty()) {
                return Either.left(EcsError.InvalidParameter.of(
                        "Classic Load Balancers are not supported with the awsvpc network mode; specify a target group."));
            }
            if (td.container(lb.containerName()).isEmpty()) {
                return Either.left(EcsError.InvalidParameter.of("The container " + lb.containerName()
                        + " does not exist in the task definition."));
            }
            boolean exposed = td.container(lb.containerName()).get().portMappings()
                    .exists(p -> p.containerPort().contains(lb.containerPort()));
            if (!exposed) {
                return Either.left(EcsError.InvalidParameter.of("The container " + lb.containerName()
                        + " did not have a container port " + lb.containerPort() + " defined."));
            }
        }
        return Either.right(loadBalancers);
    }
}
