package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The status of a capacity reservation. Source: Elastic Load Balancing v2 API reference (CapacityReservationStatus).
 *
 * @param code The status code.
 * @param reason The reason code for the status.
 */
@Value.Builder
public record CapacityReservationStatus(
        Option<CapacityReservationStateEnum> code,
        Option<String> reason) {

    /** A builder with every optional component absent and every list empty. */
    public static CapacityReservationStatusBuilder builder() {
        return new CapacityReservationStatusBuilder();
    }

    /** A builder holding this record's values. */
    public CapacityReservationStatusBuilder toBuilder() {
        return new CapacityReservationStatusBuilder().from(this);
    }
}
