package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The minimum capacity for a load balancer. Source: Elastic Load Balancing v2 API reference (MinimumLoadBalancerCapacity).
 *
 * @param capacityUnits The number of capacity units.
 */
@Value.Builder
public record MinimumLoadBalancerCapacity(
        Option<Integer> capacityUnits) {

    /** A builder with every optional component absent and every list empty. */
    public static MinimumLoadBalancerCapacityBuilder builder() {
        return new MinimumLoadBalancerCapacityBuilder();
    }

    /** A builder holding this record's values. */
    public MinimumLoadBalancerCapacityBuilder toBuilder() {
        return new MinimumLoadBalancerCapacityBuilder().from(this);
    }
}
