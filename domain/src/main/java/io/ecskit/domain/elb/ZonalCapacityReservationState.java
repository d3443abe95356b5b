package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The capacity reservation status for each Availability Zone. Source: Elastic Load Balancing v2 API reference (ZonalCapacityReservationState).
 *
 * @param state The state of the capacity reservation.
 * @param availabilityZone Information about the Availability Zone.
 * @param effectiveCapacityUnits The number of effective capacity units.
 */
@Value.Builder
public record ZonalCapacityReservationState(
        Option<CapacityReservationStatus> state,
        Option<String> availabilityZone,
        Option<Double> effectiveCapacityUnits) {

    /** A builder with every optional component absent and every list empty. */
    public static ZonalCapacityReservationStateBuilder builder() {
        return new ZonalCapacityReservationStateBuilder();
    }

    /** A builder holding this record's values. */
    public ZonalCapacityReservationStateBuilder toBuilder() {
        return new ZonalCapacityReservationStateBuilder().from(this);
    }
}
