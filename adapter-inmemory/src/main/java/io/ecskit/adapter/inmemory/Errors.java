package io.ecskit.adapter.inmemory;

import io.ecskit.domain.ErrorKind;
import io.ecskit.domain.Violation;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;

/** ECS answers a request with its first problem only; this turns a rule violation into that answer. */
final class Errors {

    private Errors() {
    }

    static EcsError first(Seq<Violation> violations) {
        Violation v = violations.head();
        return v.kind() == ErrorKind.CLIENT_EXCEPTION
                ? EcsError.ClientError.of(v.message())
                : EcsError.InvalidParameter.of(v.message());
    }

    static <T> Either<EcsError, T> check(Validation<Seq<Violation>, T> validation) {
        return validation.toEither().mapLeft(Errors::first);
    }
}
