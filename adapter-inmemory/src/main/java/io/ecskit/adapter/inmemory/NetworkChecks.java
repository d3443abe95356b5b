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
 * IDs are refused once a test declared its network or created subnets or groups through EC2's API (InMemoryNetwork);
 * ECS's wording for them comes from EC2's errors.
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
            NetworkState net = state.network;
            Option<String> badSubnet = v.subnets().find(id -> !known(id, state.subnets, net.subnets.keySet(), net));
            if (badSubnet.isDefined()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SUBNET_EXISTS, badSubnet.get()));
            }
            Option<String> badGroup = v.securityGroups().find(id -> !known(id, state.securityGroups, net.groups.keySet(), net));
            if (badGroup.isDefined()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SECURITY_GROUP_EXISTS, badGroup.get()));
            }
            // the VPCs of what EC2's API created (declared ids have none)
            Seq<String> vpcs = v.subnets().flatMap(id -> Option.of(net.subnets.get(id)).flatMap(s -> s.vpcId())).distinct();
            if (vpcs.size() > 1) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SUBNETS_IN_ONE_VPC, v.subnets().mkString(", ")));
            }
            for (String vpcId : vpcs) {
                Option<String> elsewhere = v.securityGroups().find(id -> Option.of(net.groups.get(id)).exists(g -> !g.vpcId().contains(vpcId)));
                if (elsewhere.isDefined()) {
                    return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SECURITY_GROUPS_IN_SUBNETS_VPC, elsewhere.get()));
                }
            }
        }
        return Either.right(network);
    }

    /**
     * Whether EC2 knows {@code id}: every id is known until a test declares its network or creates a subnet or group
     * through EC2's API; from then on only those are.
     */
    private static boolean known(String id, java.util.Set<String> declared, java.util.Set<String> created, NetworkState net) {
        boolean checked = !declared.isEmpty() || net.isModelled();
        return !checked || declared.contains(id) || created.contains(id);
    }

    static Either<EcsError, Seq<LoadBalancer>> checkLoadBalancers(InMemoryState state, TaskDefinition td, Seq<LoadBalancer> loadBalancers) {
        return checkLoadBalancers(state, td, loadBalancers, true);
    }

    /** As above; {@code againstElb}: also against the region's ELB (an UpdateService checks only the load balancers it is given). */
    static Either<EcsError, Seq<LoadBalancer>> checkLoadBalancers(InMemoryState state, TaskDefinition td, Seq<LoadBalancer> loadBalancers,
                                                               boolean againstElb) {
        Seq<io.ecskit.domain.Violation> broken = ServiceRules.loadBalancers(td, loadBalancers);
        if (!broken.isEmpty()) {
            return Either.left(Errors.first(broken));
        }
        // once the region has load balancing of its own, the target groups a service names are ELB's (issue 25 item 3)
        if (againstElb && state.loadBalancing.isModelled()) {
            for (LoadBalancer lb : loadBalancers) {
                if (lb.targetGroupArn().isEmpty()) {
                    continue;
                }
                String arn = lb.targetGroupArn().get();
                LoadBalancingState.Group group = state.loadBalancing.groups.get(arn);
                if (group == null) {
                    return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SERVICE_TARGET_GROUP_FOUND, arn));
                }
                boolean forwarded = state.loadBalancing.listeners.values().stream().anyMatch(l -> l.rules.values().stream()
                        .anyMatch(r -> InMemoryLoadBalancing.targetGroupsOf(r.rule.actions()).contains(arn)));
                if (!forwarded) {
                    return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SERVICE_TARGET_GROUP_HAS_LOAD_BALANCER, arn));
                }
                boolean awsvpc = td.effectiveNetworkMode() == io.ecskit.domain.taskdef.NetworkMode.AWSVPC;
                io.ecskit.domain.elb.TargetTypeEnum type = group.group.targetType().getOrElse(io.ecskit.domain.elb.TargetTypeEnum.INSTANCE);
                if (awsvpc != (type == io.ecskit.domain.elb.TargetTypeEnum.IP)) {
                    return Either.left(EcsError.of(io.ecskit.domain.EcsRule.SERVICE_TARGET_TYPE_MATCHES, arn, type.wire(),
                            td.effectiveNetworkMode().wire()));
                }
            }
        }
        return Either.right(loadBalancers);
    }
}
