package io.ecskit.domain.task;

import io.ecskit.domain.taskdef.EphemeralStorage;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Overrides a task was started with.
 *
 * @param containerOverrides Per-container overrides.
 * @param cpu Task-level CPU override (units).
 * @param inferenceAcceleratorOverrides Inference accelerator overrides.
 * @param executionRoleArn Execution role override.
 * @param memory Task-level memory override (MiB).
 * @param taskRoleArn Task role override.
 * @param ephemeralStorage Fargate ephemeral storage override, 21..200 GiB.
 */
@Value.Builder
public record TaskOverride(
        List<ContainerOverride> containerOverrides,
        Option<String> cpu,
        List<InferenceAcceleratorOverride> inferenceAcceleratorOverrides,
        Option<String> executionRoleArn,
        Option<String> memory,
        Option<String> taskRoleArn,
        Option<EphemeralStorage> ephemeralStorage) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskOverrideBuilder builder() {
        return new TaskOverrideBuilder();
    }

    /** A builder holding this record's values. */
    public TaskOverrideBuilder toBuilder() {
        return new TaskOverrideBuilder().from(this);
    }
}
