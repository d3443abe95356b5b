package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a target. Source: Elastic Load Balancing v2 API reference (TargetDescription).
 *
 * @param id The ID of the target. (required)
 * @param port The port on which the target is listening.
 * @param availabilityZone An Availability Zone or all .
 * @param quicServerId The server ID for the targets.
 */
@Value.Builder
public record TargetDescription(
        String id,
        Option<Integer> port,
        Option<String> availabilityZone,
        Option<String> quicServerId) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetDescriptionBuilder builder() {
        return new TargetDescriptionBuilder();
    }

    /** A builder holding this record's values. */
    public TargetDescriptionBuilder toBuilder() {
        return new TargetDescriptionBuilder().from(this);
    }
}
