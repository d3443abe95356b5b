package io.ecskit.domain.taskdef;

/** Start this container only once {@code containerName} reaches {@code condition}. */
public record ContainerDependency(String containerName, DependencyCondition condition) {
}
