package io.ecskit.domain.logs;

import io.ecskit.domain.Checks;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

import java.util.regex.Pattern;

/** A log stream name: 1..512 characters, no {@code :} or {@code *}. awslogs writes {@code prefix/container/taskId}. */
public record LogStreamName(String value) implements WireValue {

    private static final Pattern FORMAT = Pattern.compile("^[^:*]{1,512}$");

    /**
     * The log stream name, checked as CloudWatch Logs checks it.
     *
     * @throws IllegalArgumentException with CloudWatch Logs' message ({@link EcsRule#LOG_STREAM_NAME_FORMAT}) when
     *     {@code value} is null, empty, longer than 512 characters or holds {@code :} or {@code *}.
     */
    public LogStreamName {
        Checks.require(FORMAT, value, () -> invalid(value));
    }

    /** The value, or why the text is not one. */
    public static Either<Violation, LogStreamName> parse(String value) {
        return Checks.matching(FORMAT, value, () -> invalid(value), LogStreamName::new);
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static LogStreamName of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    private static Violation invalid(String value) {
        return EcsRule.LOG_STREAM_NAME_FORMAT.at("logStreamName", value);
    }

    @Override
    public String wire() {
        return value;
    }

    /**
     * The stream the awslogs driver writes a container's output to: {@code <prefix>/<container name>/<task id>} (the
     * task id is the last part of the task ARN).
     */
    public static LogStreamName awslogs(String prefix, String containerName, String taskId) {
        return new LogStreamName(prefix + "/" + containerName + "/" + taskId);
    }

    @Override
    public String toString() {
        return value;
    }
}
