package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a condition for a rule. Source: Elastic Load Balancing v2 API reference (RuleCondition).
 *
 * @param field The name of the field.
 * @param values The condition value.
 * @param hostHeaderConfig Information for a host header condition.
 * @param pathPatternConfig Information for a path pattern condition.
 * @param httpHeaderConfig Information for an HTTP header condition.
 * @param queryStringConfig Information for a query string condition.
 * @param httpRequestMethodConfig Information for an HTTP method condition.
 * @param sourceIpConfig Information for a source IP condition.
 * @param regexValues The regular expressions to match against the condition field.
 */
@Value.Builder
public record RuleCondition(
        Option<String> field,
        List<String> values,
        Option<HostHeaderConditionConfig> hostHeaderConfig,
        Option<PathPatternConditionConfig> pathPatternConfig,
        Option<HttpHeaderConditionConfig> httpHeaderConfig,
        Option<QueryStringConditionConfig> queryStringConfig,
        Option<HttpRequestMethodConditionConfig> httpRequestMethodConfig,
        Option<SourceIpConditionConfig> sourceIpConfig,
        List<String> regexValues) {

    /** A builder with every optional component absent and every list empty. */
    public static RuleConditionBuilder builder() {
        return new RuleConditionBuilder();
    }

    /** A builder holding this record's values. */
    public RuleConditionBuilder toBuilder() {
        return new RuleConditionBuilder().from(this);
    }
}
