package io.ecskit.domain.daemon;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The details about the container image a daemon revision uses. Source: ECS API reference (DaemonContainerImage).
 *
 * @param containerName The name of the container.
 * @param imageDigest The container image digest.
 * @param image The container image.
 */
@Value.Builder
public record DaemonContainerImage(
        Option<String> containerName,
        Option<String> imageDigest,
        Option<String> image) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonContainerImageBuilder builder() {
        return new DaemonContainerImageBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonContainerImageBuilder toBuilder() {
        return new DaemonContainerImageBuilder().from(this);
    }
}
