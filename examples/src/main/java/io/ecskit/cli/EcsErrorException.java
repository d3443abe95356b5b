package io.ecskit.cli;

import io.ecskit.domain.error.EcsError;

/** Carries an EcsError out of a command to the CLI's one-line error handler (exit 2 for invalid input, else 1). */
final class EcsErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient EcsError error;

    EcsErrorException(EcsError error) {
        super(error.code() + ": " + error.message());
        this.error = error;
    }
}
