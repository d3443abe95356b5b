package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * A condition another container must reach before this one starts.
 *
 * @param containerName The container depended on (required).
 * @param condition What it must reach: START, COMPLETE, SUCCESS or HEALTHY (required); a SUCCESS/COMPLETE target can't be essential.
 */
@Value.Builder
public record ContainerDependency(
        String containerName,
        ContainerCondition condition) {

    /** A builder with every optional component absent and every list empty. */
    public static ContainerDependencyBuilder builder() {
        return new ContainerDependencyBuilder();
    }

    /** A builder holding this record's values. */
    public ContainerDependencyBuilder toBuilder() {
        return new ContainerDependencyBuilder().from(this);
    }
}
