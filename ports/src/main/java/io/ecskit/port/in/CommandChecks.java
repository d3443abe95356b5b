package io.ecskit.port.in;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.vavr.control.Either;
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

    /** A service named by plain strings: both names, or every problem with them. */
    record Target(ClusterName cluster, ServiceName service) {
    }

    /**
     * The cluster and service from plain strings (names or ARNs), with every problem at once: {@code others} are the
     * problems with the command's other inputs (reported when a name is bad); otherwise {@code make} builds the
     * command and {@code more} gives its violations.
     */
    static <C> Either<EcsError, C> fromStrings(String cluster, String service, Seq<Violation> others,
                                               java.util.function.Function<Target, C> make,
                                               java.util.function.Function<C, Seq<Violation>> more) {
        Either<Violation, ClusterName> c = ClusterName.parse(cluster);
        Either<Violation, ServiceName> s = ServiceName.parse(service);
        Seq<Violation> problems = c.swap().toList().appendAll(s.swap().toList());
        if (!problems.isEmpty()) {
            // without both names there is no command to ask: the problems with the other inputs join here
            return Either.left(new EcsError.Invalid(problems.appendAll(others)));
        }
        C command = make.apply(new Target(c.get(), s.get()));
        Seq<Violation> all = more.apply(command);
        return all.isEmpty() ? Either.right(command) : Either.left(new EcsError.Invalid(all));
    }
}
