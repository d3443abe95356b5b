package io.ecskit.domain;

/** A resource tag. ECS allows 50 per resource; keys up to 128 characters, values up to 256. */
public record Tag(String key, String value) {

    public Tag {
        key = key == null ? "" : key;
        value = value == null ? "" : value;
    }

    public static Tag of(String key, String value) {
        return new Tag(key, value);
    }
}
