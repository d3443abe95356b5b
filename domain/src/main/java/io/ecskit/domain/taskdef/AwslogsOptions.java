package io.ecskit.domain.taskdef;

import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * The options of the awslogs log driver, typed. Streams are named
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

    public static final String GROUP = "awslogs-group";
    public static final String REGION = "awslogs-region";
    public static final String STREAM_PREFIX = "awslogs-stream-prefix";
    public static final String CREATE_GROUP = "awslogs-create-group";
    public static final String DATETIME_FORMAT = "awslogs-datetime-format";
    public static final String MULTILINE_PATTERN = "awslogs-multiline-pattern";
    public static final String MODE = "mode";
    public static final String MAX_BUFFER_SIZE = "max-buffer-size";

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
