package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Volumes mounted from another container of the same task.
 *
 * @param sourceContainer Container of the same task whose volumes to mount.
 * @param readOnly Whether those volumes are mounted read-only; false by default.
 */
@Value.Builder
public record VolumeFrom(
        Option<String> sourceContainer,
        Option<Boolean> readOnly) {

    /** A builder with every optional component absent and every list empty. */
    public static VolumeFromBuilder builder() {
        return new VolumeFromBuilder();
    }

    /** A builder holding this record's values. */
    public VolumeFromBuilder toBuilder() {
        return new VolumeFromBuilder().from(this);
    }
}
