package io.ecskit.domain.elb;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (CreateRuleInput).
 *
 * @param listenerArn The Amazon Resource Name (ARN) of the listener. (required)
 * @param conditions The conditions. (required)
 * @param priority The rule priority. (required)
 * @param actions The actions. (required)
 * @param tags The tags to assign to the rule.
 * @param transforms The transforms to apply to requests that match this rule.
 */
@Value.Builder
public record CreateRuleInput(
        String listenerArn,
        List<RuleCondition> conditions,
        Integer priority,
        List<Action> actions,
        List<Tag> tags,
        List<RuleTransform> transforms) {

    /** A builder with every optional component absent and every list empty. */
    public static CreateRuleInputBuilder builder() {
        return new CreateRuleInputBuilder();
    }

    /** A builder holding this record's values. */
    public CreateRuleInputBuilder toBuilder() {
        return new CreateRuleInputBuilder().from(this);
    }
}
