package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about the current health of a target. Source: Elastic Load Balancing v2 API reference (TargetHealth).
 *
 * @param state The state of the target.
 * @param reason The reason code.
 * @param description A description of the target health that provides additional details.
 */
@Value.Builder
public record TargetHealth(
        Option<TargetHealthStateEnum> state,
        Option<TargetHealthReasonEnum> reason,
        Option<String> description) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetHealthBuilder builder() {
        return new TargetHealthBuilder();
    }

    /** A builder holding this record's values. */
    public TargetHealthBuilder toBuilder() {
        return new TargetHealthBuilder().from(this);
    }
}
