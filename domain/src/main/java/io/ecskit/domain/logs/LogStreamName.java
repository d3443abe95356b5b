package io.ecskit.domain.logs;

import io.ecskit.domain.Checks;
import io.ecskit.domain.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

import java.util.regex.Pattern;

/** A log stream name: 1..512 characters, no {@code :} or {@code *}. awslogs writes {@code prefix/container/taskId}. */
public record LogStreamName(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[^:*]{1,512}$");

    public LogStreamName {
        Checks.require(FORMAT, value, "log stream name");
    }

    public static Validation<Seq<Violation>, LogStreamName> of(String value) {
        return Checks.matching(FORMAT, value, Violation.invalidParameter("logStreamName",
                "1 validation error detected: Value '" + value + "' at 'logStreamName' failed to satisfy constraint: "
                        + "Member must satisfy regular expression pattern: [^:*]*"), LogStreamName::new);
    }

    public static LogStreamName awslogs(String prefix, String containerName, String taskId) {
        return new LogStreamName(prefix + "/" + containerName + "/" + taskId);
    }

    @Override
    public String toString() {
        return value;
    }
}
