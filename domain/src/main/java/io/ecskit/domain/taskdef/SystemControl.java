package io.ecskit.domain.taskdef;

/** A kernel parameter set in the container's namespace, e.g. {@code net.core.somaxconn}. */
public record SystemControl(String namespace, String value) {
}
