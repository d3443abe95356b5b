package io.ecskit.domain.task;

import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.taskdef.EnvironmentFile;
import io.ecskit.domain.taskdef.ResourceRequirement;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Overrides of one container.
 *
 * @param name Container to override (required).
 * @param command Command to run instead of the definition's.
 * @param environment Environment variables added or replaced.
 * @param environmentFiles Environment files added.
 * @param cpu CPU units override.
 * @param memory Hard memory limit override in MiB.
 * @param memoryReservation Soft memory limit override in MiB.
 * @param resourceRequirements GPU or accelerator override.
 */
@Value.Builder
public record ContainerOverride(
        Option<String> name,
        List<String> command,
        List<KeyValuePair> environment,
        List<EnvironmentFile> environmentFiles,
        Option<Integer> cpu,
        Option<Integer> memory,
        Option<Integer> memoryReservation,
        List<ResourceRequirement> resourceRequirements) {

    /** A builder with every optional component absent and every list empty. */
    public static ContainerOverrideBuilder builder() {
        return new ContainerOverrideBuilder();
    }

    /** A builder holding this record's values. */
    public ContainerOverrideBuilder toBuilder() {
        return new ContainerOverrideBuilder().from(this);
    }
}
