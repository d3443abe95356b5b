package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about an Elastic Load Balancing resource limit for your Amazon Web Services account. Source: Elastic Load Balancing v2 API reference (Limit).
 *
 * @param name The name of the limit.
 * @param max The maximum value of the limit.
 */
@Value.Builder
public record Limit(
        Option<String> name,
        Option<String> max) {

    /** A builder with every optional component absent and every list empty. */
    public static LimitBuilder builder() {
        return new LimitBuilder();
    }

    /** A builder holding this record's values. */
    public LimitBuilder toBuilder() {
        return new LimitBuilder().from(this);
    }
}
