package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a rule. Source: Elastic Load Balancing v2 API reference (Rule).
 *
 * @param ruleArn The Amazon Resource Name (ARN) of the rule.
 * @param priority The priority.
 * @param conditions The conditions.
 * @param actions The actions.
 * @param isDefault Indicates whether this is the default rule.
 * @param transforms The transforms for the rule.
 */
@Value.Builder
public record Rule(
        Option<String> ruleArn,
        Option<String> priority,
        List<RuleCondition> conditions,
        List<Action> actions,
        Option<Boolean> isDefault,
        List<RuleTransform> transforms) {

    /** A builder with every optional component absent and every list empty. */
    public static RuleBuilder builder() {
        return new RuleBuilder();
    }

    /** A builder holding this record's values. */
    public RuleBuilder toBuilder() {
        return new RuleBuilder().from(this);
    }
}
