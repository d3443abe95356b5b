package io.ecskit.domain.taskdef;

import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The options of the awslogs log driver, typed, by their option names below (ECS API reference,
 * LogConfiguration.options; developer guide, "Send Amazon ECS logs to CloudWatch"). Streams are named
 * {@code <streamPrefix>/<container name>/<task id>}.
 */
public record AwslogsOptions(
        Option<String> group,
        Option<String> region,
        Option<String> streamPrefix,
        Option<String> createGroup,
        Option<String> datetimeFormat,
        Option<String> multilinePattern,
        Option<String> mode,
        Option<String> maxBufferSize) {

    /** {@code awslogs-group}: the CloudWatch Logs group the container's log streams go to (required). */
    public static final String GROUP = "awslogs-group";
    /** {@code awslogs-region}: the AWS Region of that log group, which may differ from the cluster's (required). */
    public static final String REGION = "awslogs-region";
    /**
     * {@code awslogs-stream-prefix}: names each stream {@code <prefix>/<container name>/<task id>}; required on
     * Fargate, otherwise streams are named after the Docker container id.
     */
    public static final String STREAM_PREFIX = "awslogs-stream-prefix";
    /**
     * {@code awslogs-create-group}: {@code true} has the driver create the group if missing (needs the
     * {@code logs:CreateLogGroup} permission); the only value ECS accepts, omit the option otherwise.
     */
    public static final String CREATE_GROUP = "awslogs-create-group";
    /**
     * {@code awslogs-datetime-format}: a Python {@code strftime} pattern that starts each multi-line log event; not
     * together with {@code awslogs-multiline-pattern}.
     */
    public static final String DATETIME_FORMAT = "awslogs-datetime-format";
    /**
     * {@code awslogs-multiline-pattern}: a regular expression that starts each multi-line log event; ignored when
     * {@code awslogs-datetime-format} is set.
     */
    public static final String MULTILINE_PATTERN = "awslogs-multiline-pattern";
    /**
     * {@code mode}: {@code non-blocking} (ECS's default since June 2025: logs buffer in memory and may be lost) or
     * {@code blocking} (writes to stdout/stderr wait).
     */
    public static final String MODE = "mode";
    /**
     * {@code max-buffer-size}: the size of the in-memory buffer of the non-blocking mode, e.g. {@code 25m}; default
     * {@code 10m}. Logs that do not fit are lost.
     */
    public static final String MAX_BUFFER_SIZE = "max-buffer-size";

    /**
     * The typed view of a {@code logConfiguration.options} map: each known option's value, absent when the map lacks
     * it (other keys are ignored).
     */
    public static AwslogsOptions from(Map<String, String> options) {
        return new AwslogsOptions(
                options.get(GROUP),
                options.get(REGION),
                options.get(STREAM_PREFIX),
                options.get(CREATE_GROUP),
                options.get(DATETIME_FORMAT),
                options.get(MULTILINE_PATTERN),
                options.get(MODE),
                options.get(MAX_BUFFER_SIZE));
    }

    /** The stream a container of a task writes to, when a prefix is set. */
    public Option<String> streamName(String containerName, String taskId) {
        return streamPrefix.map(p -> p + "/" + containerName + "/" + taskId);
    }
}
