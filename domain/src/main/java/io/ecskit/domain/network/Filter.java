package io.ecskit.domain.network;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A filter name and value pair that is used to return a more specific list of results from a describe operation. Source: EC2 API reference (Filter).
 *
 * @param name The name of the filter.
 * @param values The filter values.
 */
@Value.Builder
public record Filter(
        Option<String> name,
        List<String> values) {

    /** A builder with every optional component absent and every list empty. */
    public static FilterBuilder builder() {
        return new FilterBuilder();
    }

    /** A builder holding this record's values. */
    public FilterBuilder toBuilder() {
        return new FilterBuilder().from(this);
    }
}
