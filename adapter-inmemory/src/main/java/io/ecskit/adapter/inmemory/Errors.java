package io.ecskit.adapter.inmemory;

import io.ecskit.domain.ErrorKind;
import io.ecskit.domain.Violation;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

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

    static <T> Either<EcsError, T> check(Either<Seq<Violation>, T> validated) {
        return validated.mapLeft(Errors::first);
    }

    static EcsError of(Violation violation) {
        return first(io.vavr.collection.List.of(violation));
    }
}
