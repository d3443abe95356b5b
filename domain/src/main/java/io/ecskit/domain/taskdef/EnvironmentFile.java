package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * A file in S3 holding environment variables for a container.
 *
 * @param value ARN of the S3 object holding the environment file (required).
 * @param type Kind of file: s3 (required).
 */
@Value.Builder
public record EnvironmentFile(
        String value,
        EnvironmentFileType type) {

    /** A builder with every optional component absent and every list empty. */
    public static EnvironmentFileBuilder builder() {
        return new EnvironmentFileBuilder();
    }

    /** A builder holding this record's values. */
    public EnvironmentFileBuilder toBuilder() {
        return new EnvironmentFileBuilder().from(this);
    }
}
