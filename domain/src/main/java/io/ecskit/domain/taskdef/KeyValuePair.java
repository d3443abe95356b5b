package io.ecskit.domain.taskdef;

/** An environment variable. */
public record KeyValuePair(String name, String value) {

    public static KeyValuePair of(String name, String value) {
        return new KeyValuePair(name, value);
    }
}
