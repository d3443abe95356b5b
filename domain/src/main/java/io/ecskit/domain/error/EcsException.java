package io.ecskit.domain.error;

import java.util.Objects;

/**
 * An {@link EcsError} as an unchecked exception, for callers who prefer exceptions to {@code Either}
 * ({@link EcsError#getOrThrow}). ecskit itself never throws it across a port. The message is AWS's
 * code and message, and the request id when AWS sent one:
 * {@code ServiceNotActiveException: <AWS's message> (request id 8f3e...)}.
 */
public class EcsException extends RuntimeException {

    /** The error this exception carries. */
    private final EcsError error;

    /**
     * An exception carrying {@code error}, its message built from the error's code, message and request id.
     *
     * @param error what AWS (or ecskit's own check) answered
     * @throws NullPointerException when {@code error} is null
     */
    public EcsException(EcsError error) {
        super(message(Objects.requireNonNull(error, "error")));
        this.error = error;
    }

    /** What AWS (or ecskit's own check) answered; match on it or ask {@link EcsError#isRetryable()}. */
    public EcsError error() {
        return error;
    }

    private static String message(EcsError error) {
        return error.code() + ": " + error.message() + error.requestId().map(id -> " (request id " + id + ")").getOrElse("");
    }
}
