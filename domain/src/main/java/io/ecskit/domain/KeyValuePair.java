package io.ecskit.domain;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A name and a value (environment variables, attachment details, proxy properties).
 *
 * @param name The variable's or attribute's name.
 * @param value The variable's or attribute's value.
 */
@Value.Builder
public record KeyValuePair(
        Option<String> name,
        Option<String> value) {

    /** A builder with every optional component absent and every list empty. */
    public static KeyValuePairBuilder builder() {
        return new KeyValuePairBuilder();
    }

    /** A builder holding this record's values. */
    public KeyValuePairBuilder toBuilder() {
        return new KeyValuePairBuilder().from(this);
    }

    /** A name with a value. */
    public static KeyValuePair of(String name, String value) {
        return new KeyValuePair(Option.of(name), Option.of(value));
    }
}
