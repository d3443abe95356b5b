package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the sub-geography information for an Availability Zone or Local Zone. Source: EC2 API reference (AvailabilityZoneSubGeography).
 *
 * @param name The name of the sub-geography, for example, Oregon.
 */
@Value.Builder
public record AvailabilityZoneSubGeography(
        Option<String> name) {

    /** A builder with every optional component absent and every list empty. */
    public static AvailabilityZoneSubGeographyBuilder builder() {
        return new AvailabilityZoneSubGeographyBuilder();
    }

    /** A builder holding this record's values. */
    public AvailabilityZoneSubGeographyBuilder toBuilder() {
        return new AvailabilityZoneSubGeographyBuilder().from(this);
    }
}
