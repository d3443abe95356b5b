package io.ecskit.domain.metrics;

/**
 * A metric's dimension: a name and a value, each 1..255 characters (e.g. {@code ServiceName}, {@code web}).
 *
 * @param name the dimension's name
 * @param value its value
 */
public record Dimension(String name, String value) {
}
