package io.ecskit.domain;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An attribute a container instance has or a task requires.
 *
 * @param name Attribute name, 1..128 characters (required).
 * @param value Attribute value; absent for attributes that only exist.
 * @param targetType What the attribute belongs to: container-instance.
 * @param targetId ID or ARN of the resource the attribute belongs to.
 */
@Value.Builder
public record Attribute(
        String name,
        Option<String> value,
        Option<TargetType> targetType,
        Option<String> targetId) {

    /** A builder with every optional component absent and every list empty. */
    public static AttributeBuilder builder() {
        return new AttributeBuilder();
    }

    /** A builder holding this record's values. */
    public AttributeBuilder toBuilder() {
        return new AttributeBuilder().from(this);
    }
}
