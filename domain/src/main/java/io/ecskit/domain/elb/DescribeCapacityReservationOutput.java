package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (DescribeCapacityReservationOutput).
 *
 * @param lastModifiedTime The last time the capacity reservation was modified.
 * @param decreaseRequestsRemaining The amount of daily capacity decreases remaining.
 * @param minimumLoadBalancerCapacity The requested minimum capacity reservation for the load balancer
 * @param capacityReservationState The state of the capacity reservation.
 */
@Value.Builder
public record DescribeCapacityReservationOutput(
        Option<Instant> lastModifiedTime,
        Option<Integer> decreaseRequestsRemaining,
        Option<MinimumLoadBalancerCapacity> minimumLoadBalancerCapacity,
        List<ZonalCapacityReservationState> capacityReservationState) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeCapacityReservationOutputBuilder builder() {
        return new DescribeCapacityReservationOutputBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeCapacityReservationOutputBuilder toBuilder() {
        return new DescribeCapacityReservationOutputBuilder().from(this);
    }
}
