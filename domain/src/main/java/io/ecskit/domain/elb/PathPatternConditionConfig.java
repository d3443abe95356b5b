package io.ecskit.domain.elb;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Information about a path pattern condition. Source: Elastic Load Balancing v2 API reference (PathPatternConditionConfig).
 *
 * @param values The path patterns to compare against the request URL.
 * @param regexValues The regular expressions to compare against the request URL.
 */
@Value.Builder
public record PathPatternConditionConfig(
        List<String> values,
        List<String> regexValues) {

    /** A builder with every optional component absent and every list empty. */
    public static PathPatternConditionConfigBuilder builder() {
        return new PathPatternConditionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public PathPatternConditionConfigBuilder toBuilder() {
        return new PathPatternConditionConfigBuilder().from(this);
    }
}
