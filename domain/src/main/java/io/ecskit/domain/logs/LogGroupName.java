package io.ecskit.domain.logs;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.WireValue;
import io.vavr.control.Either;

import java.util.regex.Pattern;

/** A CloudWatch Logs group name: 1..512 of {@code [.-_/#A-Za-z0-9]}, not starting with {@code aws/}. */
public record LogGroupName(String value) implements WireValue {

    private static final Pattern FORMAT = Pattern.compile("^[.\\-_/#A-Za-z0-9]{1,512}$");

    /**
     * The log group name, checked as CloudWatch Logs checks it.
     *
     * @throws IllegalArgumentException when {@code value} is null, not 1..512 of {@code [.-_/#A-Za-z0-9]}, or starts
     *     with the reserved {@code aws/}; {@link #parse} answers CloudWatch Logs' refusal instead.
     */
    public LogGroupName {
        if (!valid(value)) {
            throw new IllegalArgumentException("not a valid log group name: " + value);
        }
    }

    private static boolean valid(String value) {
        return value != null && FORMAT.matcher(value).matches() && !value.startsWith("aws/");
    }

    /** The name, or CloudWatch Logs' answer to it. */
    public static Either<Violation, LogGroupName> parse(String value) {
        if (valid(value)) {
            return Either.right(new LogGroupName(value));
        }
        return Either.left(value != null && value.startsWith("aws/")
                ? EcsRule.LOG_GROUP_NAME_RESERVED.at("logGroupName")
                : EcsRule.LOG_GROUP_NAME_FORMAT.at("logGroupName", value));
    }

    /** {@link #parse} for a value known to be valid (a literal); a bad one is IllegalArgumentException with AWS's message. */
    public static LogGroupName of(String text) {
        return parse(text).getOrElseThrow(v -> new IllegalArgumentException(v.message()));
    }

    @Override
    public String wire() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
