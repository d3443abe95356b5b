package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * Ephemeral storage of a Fargate task.
 *
 * @param sizeInGiB Ephemeral storage in GiB, 21..200 (required).
 */
@Value.Builder
public record EphemeralStorage(
        int sizeInGiB) {

    /** A builder with every optional component absent and every list empty. */
    public static EphemeralStorageBuilder builder() {
        return new EphemeralStorageBuilder();
    }

    /** A builder holding this record's values. */
    public EphemeralStorageBuilder toBuilder() {
        return new EphemeralStorageBuilder().from(this);
    }
}
