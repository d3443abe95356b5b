package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (ModifyRuleInput).
 *
 * @param ruleArn The Amazon Resource Name (ARN) of the rule. (required)
 * @param conditions The conditions.
 * @param actions The actions.
 * @param transforms The transforms to apply to requests that match this rule.
 * @param resetTransforms Indicates whether to remove all transforms from the rule.
 */
@Value.Builder
public record ModifyRuleInput(
        String ruleArn,
        List<RuleCondition> conditions,
        List<Action> actions,
        List<RuleTransform> transforms,
        Option<Boolean> resetTransforms) {

    /** A builder with every optional component absent and every list empty. */
    public static ModifyRuleInputBuilder builder() {
        return new ModifyRuleInputBuilder();
    }

    /** A builder holding this record's values. */
    public ModifyRuleInputBuilder toBuilder() {
        return new ModifyRuleInputBuilder().from(this);
    }
}
