package io.ecskit.domain;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A resource tag.
 *
 * @param key Tag key, 1..128 characters; the aws: prefix is reserved.
 * @param value Tag value, 0..256 characters.
 */
@Value.Builder
public record Tag(
        Option<String> key,
        Option<String> value) {

    /** A builder with every optional component absent and every list empty. */
    public static TagBuilder builder() {
        return new TagBuilder();
    }

    /** A builder holding this record's values. */
    public TagBuilder toBuilder() {
        return new TagBuilder().from(this);
    }

    /** A tag with a key and a value. */
    public static Tag of(String key, String value) {
        return new Tag(Option.of(key), Option.of(value));
    }
}
