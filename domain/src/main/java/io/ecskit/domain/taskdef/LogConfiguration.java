package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Where a container's output goes: a log driver and its options.
 *
 * @param logDriver Log driver: awslogs, splunk, awsfirelens (Fargate); also fluentd, gelf, json-file, journald, syslog on EC2 (required).
 * @param options Options of the log driver (awslogs needs awslogs-group and awslogs-region, Fargate also awslogs-stream-prefix).
 * @param secretOptions Log driver options taken from secrets (needs executionRoleArn).
 */
@Value.Builder
public record LogConfiguration(
        LogDriver logDriver,
        Map<String, String> options,
        List<Secret> secretOptions) {

    /** A builder with every optional component absent and every list empty. */
    public static LogConfigurationBuilder builder() {
        return new LogConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public LogConfigurationBuilder toBuilder() {
        return new LogConfigurationBuilder().from(this);
    }

    /** The awslogs driver writing to {@code group} in {@code region}, streams prefixed by {@code streamPrefix}. */
    public static LogConfiguration awslogs(String group, String region, String streamPrefix) {
        return builder()
                .logDriver(LogDriver.AWSLOGS)
                .putOptions(AwslogsOptions.GROUP, group)
                .putOptions(AwslogsOptions.REGION, region)
                .putOptions(AwslogsOptions.STREAM_PREFIX, streamPrefix)
                .build();
    }

    /** The typed awslogs options, when this is the awslogs driver. */
    public Option<AwslogsOptions> awslogs() {
        return logDriver == LogDriver.AWSLOGS ? Option.of(AwslogsOptions.from(options)) : Option.none();
    }
}
