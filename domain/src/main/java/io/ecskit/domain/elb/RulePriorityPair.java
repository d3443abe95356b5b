package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about the priorities for the rules for a listener. Source: Elastic Load Balancing v2 API reference (RulePriorityPair).
 *
 * @param ruleArn The Amazon Resource Name (ARN) of the rule.
 * @param priority The rule priority.
 */
@Value.Builder
public record RulePriorityPair(
        Option<String> ruleArn,
        Option<Integer> priority) {

    /** A builder with every optional component absent and every list empty. */
    public static RulePriorityPairBuilder builder() {
        return new RulePriorityPairBuilder();
    }

    /** A builder holding this record's values. */
    public RulePriorityPairBuilder toBuilder() {
        return new RulePriorityPairBuilder().from(this);
    }
}
