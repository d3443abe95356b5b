package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a key/value pair. Source: Elastic Load Balancing v2 API reference (QueryStringKeyValuePair).
 *
 * @param key The key.
 * @param value The value.
 */
@Value.Builder
public record QueryStringKeyValuePair(
        Option<String> key,
        Option<String> value) {

    /** A builder with every optional component absent and every list empty. */
    public static QueryStringKeyValuePairBuilder builder() {
        return new QueryStringKeyValuePairBuilder();
    }

    /** A builder holding this record's values. */
    public QueryStringKeyValuePairBuilder toBuilder() {
        return new QueryStringKeyValuePairBuilder().from(this);
    }
}
