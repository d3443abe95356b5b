package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A load balancer target group a service registers its tasks with.
 *
 * @param targetGroupArn ARN of the ALB/NLB target group (target type ip under awsvpc).
 * @param loadBalancerName Name of a Classic Load Balancer (not with awsvpc).
 * @param containerName Container (from the task definition) that receives the traffic.
 * @param containerPort Port of that container receiving the traffic; must be one of its port mappings.
 * @param advancedConfiguration Blue/green settings: alternate target group, listener rules, role.
 */
@Value.Builder
public record LoadBalancer(
        Option<String> targetGroupArn,
        Option<String> loadBalancerName,
        Option<String> containerName,
        Option<Integer> containerPort,
        Option<AdvancedConfiguration> advancedConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static LoadBalancerBuilder builder() {
        return new LoadBalancerBuilder();
    }

    /** A builder holding this record's values. */
    public LoadBalancerBuilder toBuilder() {
        return new LoadBalancerBuilder().from(this);
    }
}
