package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A tmpfs mount of a container (EC2 only).
 *
 * @param containerPath Mount path inside the container (required).
 * @param size Size in MiB (required).
 * @param mountOptions Mount options (rw, noexec, size...).
 */
@Value.Builder
public record Tmpfs(
        String containerPath,
        int size,
        List<String> mountOptions) {

    /** A builder with every optional component absent and every list empty. */
    public static TmpfsBuilder builder() {
        return new TmpfsBuilder();
    }

    /** A builder holding this record's values. */
    public TmpfsBuilder toBuilder() {
        return new TmpfsBuilder().from(this);
    }
}
