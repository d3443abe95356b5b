package io.ecskit.domain.cluster;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Where ECS Exec session logs go.
 *
 * @param cloudWatchLogGroupName Log group for session logs.
 * @param cloudWatchEncryptionEnabled Whether that log group must be encrypted.
 * @param s3BucketName S3 bucket for session logs.
 * @param s3EncryptionEnabled Whether that bucket must be encrypted.
 * @param s3KeyPrefix Key prefix for the session log objects.
 */
@Value.Builder
public record ExecuteCommandLogConfiguration(
        Option<String> cloudWatchLogGroupName,
        Option<Boolean> cloudWatchEncryptionEnabled,
        Option<String> s3BucketName,
        Option<Boolean> s3EncryptionEnabled,
        Option<String> s3KeyPrefix) {

    /** A builder with every optional component absent and every list empty. */
    public static ExecuteCommandLogConfigurationBuilder builder() {
        return new ExecuteCommandLogConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ExecuteCommandLogConfigurationBuilder toBuilder() {
        return new ExecuteCommandLogConfigurationBuilder().from(this);
    }
}
