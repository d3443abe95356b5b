package io.ecskit.port.in;

import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.time.Duration;

/** Checks several commands share; their paths name the command's own fields. */
final class CommandChecks {

    private CommandChecks() {
    }

    static Seq<Violation> timeout(Duration timeout) {
        return timeout.isNegative() || timeout.isZero()
                ? List.of(Violation.invalidParameter("timeout", "timeout must be positive, but was " + timeout + "."))
                : List.empty();
    }

    static Seq<Violation> desiredCount(int desiredCount) {
        return io.ecskit.domain.service.ServiceRules.desiredCount(desiredCount);
    }
}
