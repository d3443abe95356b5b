package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about the target group stickiness for a rule. Source: Elastic Load Balancing v2 API reference (TargetGroupStickinessConfig).
 *
 * @param enabled Indicates whether target group stickiness is enabled.
 * @param durationSeconds [Application Load Balancers] The time period, in seconds, during which requests from a client should be routed to the same target group.
 */
@Value.Builder
public record TargetGroupStickinessConfig(
        Option<Boolean> enabled,
        Option<Integer> durationSeconds) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetGroupStickinessConfigBuilder builder() {
        return new TargetGroupStickinessConfigBuilder();
    }

    /** A builder holding this record's values. */
    public TargetGroupStickinessConfigBuilder toBuilder() {
        return new TargetGroupStickinessConfigBuilder().from(this);
    }
}
