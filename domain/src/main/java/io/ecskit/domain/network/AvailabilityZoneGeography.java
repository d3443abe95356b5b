package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes the geography information for an Availability Zone or Local Zone. Source: EC2 API reference (AvailabilityZoneGeography).
 *
 * @param name The name of the geography, for example, United States of America .
 */
@Value.Builder
public record AvailabilityZoneGeography(
        Option<String> name) {

    /** A builder with every optional component absent and every list empty. */
    public static AvailabilityZoneGeographyBuilder builder() {
        return new AvailabilityZoneGeographyBuilder();
    }

    /** A builder holding this record's values. */
    public AvailabilityZoneGeographyBuilder toBuilder() {
        return new AvailabilityZoneGeographyBuilder().from(this);
    }
}
