package io.ecskit.domain.task;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Fargate ephemeral storage of a task.
 *
 * @param sizeInGiB Ephemeral storage in GiB.
 * @param kmsKeyId KMS key encrypting it.
 */
@Value.Builder
public record TaskEphemeralStorage(
        Option<Integer> sizeInGiB,
        Option<String> kmsKeyId) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskEphemeralStorageBuilder builder() {
        return new TaskEphemeralStorageBuilder();
    }

    /** A builder holding this record's values. */
    public TaskEphemeralStorageBuilder toBuilder() {
        return new TaskEphemeralStorageBuilder().from(this);
    }
}
