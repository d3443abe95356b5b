package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a target group attribute. Source: Elastic Load Balancing v2 API reference (TargetGroupAttribute).
 *
 * @param key The name of the attribute.
 * @param value The value of the attribute.
 */
@Value.Builder
public record TargetGroupAttribute(
        Option<String> key,
        Option<String> value) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetGroupAttributeBuilder builder() {
        return new TargetGroupAttributeBuilder();
    }

    /** A builder holding this record's values. */
    public TargetGroupAttributeBuilder toBuilder() {
        return new TargetGroupAttributeBuilder().from(this);
    }
}
