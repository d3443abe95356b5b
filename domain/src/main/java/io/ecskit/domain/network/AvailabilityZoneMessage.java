package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes a message about an Availability Zone, Local Zone, or Wavelength Zone. Source: EC2 API reference (AvailabilityZoneMessage).
 *
 * @param message The message about the Availability Zone, Local Zone, or Wavelength Zone.
 */
@Value.Builder
public record AvailabilityZoneMessage(
        Option<String> message) {

    /** A builder with every optional component absent and every list empty. */
    public static AvailabilityZoneMessageBuilder builder() {
        return new AvailabilityZoneMessageBuilder();
    }

    /** A builder holding this record's values. */
    public AvailabilityZoneMessageBuilder toBuilder() {
        return new AvailabilityZoneMessageBuilder().from(this);
    }
}
