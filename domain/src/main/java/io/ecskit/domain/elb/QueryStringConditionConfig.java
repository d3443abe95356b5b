package io.ecskit.domain.elb;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Information about a query string condition. Source: Elastic Load Balancing v2 API reference (QueryStringConditionConfig).
 *
 * @param values The key/value pairs or values to find in the query string.
 */
@Value.Builder
public record QueryStringConditionConfig(
        List<QueryStringKeyValuePair> values) {

    /** A builder with every optional component absent and every list empty. */
    public static QueryStringConditionConfigBuilder builder() {
        return new QueryStringConditionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public QueryStringConditionConfigBuilder toBuilder() {
        return new QueryStringConditionConfigBuilder().from(this);
    }
}
