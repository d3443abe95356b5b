package io.ecskit.domain.service;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.PropagateTags;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What ECS stores for a service member the request left out, so that a setting given and the
 * same setting left to ECS compare equal, and the in-memory backend stores what ECS stores.
 * Sources: the CreateService API reference (defaults of each member) and DescribeServices output
 * of a service created without them.
 */
public final class ServiceDefaults {

    /** REPLICA services: 200 % maximum, 100 % minimum healthy. */
    public static final int MAXIMUM_PERCENT = 200;
    /** The {@code minimumHealthyPercent} ECS stores when none is given for a REPLICA service: 100. */
    public static final int MINIMUM_HEALTHY_PERCENT = 100;
    /** The circuit breaker's threshold ECS reports when none is given: BOUNDED_PERCENT 50. */
    public static final ThresholdConfiguration THRESHOLD = ThresholdConfiguration.builder()
            .type(ThresholdType.BOUNDED_PERCENT).value(50).build();

    private static final Map<String, Object> SCALARS = HashMap.of(
            "healthCheckGracePeriodSeconds", 0,
            "enableExecuteCommand", false,
            "enableECSManagedTags", false,
            "propagateTags", PropagateTags.NONE,
            "schedulingStrategy", SchedulingStrategy.REPLICA,
            "deploymentController", DeploymentController.builder().type(DeploymentControllerType.ECS).build());

    /**
     * UpdateService members whose change starts a new deployment (the tasks must be replaced); a
     * change to any other (desiredCount, deploymentConfiguration, healthCheckGracePeriodSeconds,
     * tags propagation, ...) applies in place. Source: UpdateService API reference, "the following
     * parameters ... trigger a new deployment".
     */
    public static final io.vavr.collection.Set<String> START_A_DEPLOYMENT = io.vavr.collection.HashSet.of(
            "taskDefinition", "platformVersion", "networkConfiguration", "loadBalancers", "serviceRegistries",
            "capacityProviderStrategy", "enableExecuteCommand", "serviceConnectConfiguration", "vpcLatticeConfigurations",
            "volumeConfigurations", "placementConstraints", "placementStrategy", "gatewayConnectors");

    private ServiceDefaults() {
    }

    /** What ECS stores for an optional scalar member left out (none: it stays absent). */
    public static Option<Object> storedWhenAbsent(String member) {
        return SCALARS.get(member);
    }

    /** The deployment configuration as ECS stores it: every member ECS fills in, filled in. */
    public static DeploymentConfiguration deploymentConfiguration(Option<DeploymentConfiguration> given) {
        DeploymentConfiguration d = given.getOrElse(() -> DeploymentConfiguration.builder().build());
        DeploymentCircuitBreaker breaker = d.deploymentCircuitBreaker().getOrElse(DeploymentCircuitBreaker.DISABLED);
        DeploymentCircuitBreaker filledBreaker = breaker.toBuilder()
                .resetOnHealthyTask(breaker.resetOnHealthyTask().getOrElse(true))
                .thresholdConfiguration(breaker.thresholdConfiguration().getOrElse(THRESHOLD))
                .build();
        DeploymentStrategy strategy = d.strategy().getOrElse(DeploymentStrategy.ROLLING);
        return d.toBuilder()
                .maximumPercent(d.maximumPercent().getOrElse(MAXIMUM_PERCENT))
                .minimumHealthyPercent(d.minimumHealthyPercent().getOrElse(MINIMUM_HEALTHY_PERCENT))
                .deploymentCircuitBreaker(filledBreaker)
                .strategy(strategy)
                .bakeTimeInMinutes(d.bakeTimeInMinutes().getOrElse(0))
                .build();
    }

    /** awsvpc subnets and security groups as sets (ECS keeps no order), public IP DISABLED unless given. */
    public static NetworkConfiguration networkConfiguration(NetworkConfiguration given) {
        return new NetworkConfiguration(given.awsvpcConfiguration().map(vpc -> new AwsVpcConfiguration(
                vpc.subnets().distinct().sorted(), vpc.securityGroups().distinct().sorted(),
                Option.of(vpc.assignPublicIp().getOrElse(AssignPublicIp.DISABLED)))));
    }

    /**
     * A member's value (as a record component holds it: an {@code Option}, a list, or a plain
     * value) the way ECS stores it, for comparison.
     */
    public static Object normalized(String member, Object value) {
        Object plain = value instanceof Option<?> option ? option.getOrNull() : value;
        if (member.equals("deploymentConfiguration")) {
            return deploymentConfiguration(Option.of((DeploymentConfiguration) plain));
        }
        if (member.equals("networkConfiguration") && plain != null) {
            return networkConfiguration((NetworkConfiguration) plain);
        }
        if (plain == null) {
            return SCALARS.get(member).getOrNull();
        }
        if (plain instanceof Seq<?> seq && seq.isEmpty()) {
            return null;
        }
        return plain;
    }
}
