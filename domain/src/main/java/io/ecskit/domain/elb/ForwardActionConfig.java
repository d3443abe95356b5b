package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a forward action. Source: Elastic Load Balancing v2 API reference (ForwardActionConfig).
 *
 * @param targetGroups The target groups.
 * @param targetGroupStickinessConfig The target group stickiness for the rule.
 */
@Value.Builder
public record ForwardActionConfig(
        List<TargetGroupTuple> targetGroups,
        Option<TargetGroupStickinessConfig> targetGroupStickinessConfig) {

    /** A builder with every optional component absent and every list empty. */
    public static ForwardActionConfigBuilder builder() {
        return new ForwardActionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public ForwardActionConfigBuilder toBuilder() {
        return new ForwardActionConfigBuilder().from(this);
    }
}
