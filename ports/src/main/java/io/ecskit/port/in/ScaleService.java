package io.ecskit.port.in;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

import java.time.Duration;
import java.util.Objects;

/** Changes a service's desired count (no new deployment) and waits until that many tasks run. */
public interface ScaleService {

    /**
     * UpdateService with the new desired count only, then waits for it.
     * Errors: Invalid, ServiceNotFound, ServiceNotActive, ClusterNotFound, and what ECS answers.
     */
    Either<EcsError, DeploymentOutcome> scale(Command command, DeploymentProgress.Listener listener);

    /**
     * What to scale.
     *
     * @param cluster the service's cluster
     * @param service the service
     * @param desiredCount the tasks to run, 0 or more
     * @param timeout how long to wait for that many tasks to run
     */
    record Command(ClusterName cluster, ServiceName service, int desiredCount, Duration timeout) {

        /** @throws NullPointerException when any part is null */
        public Command {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(timeout, "timeout");
        }

        /** Scale to {@code desiredCount} tasks, waiting at most 30 minutes. */
        public static Command of(ClusterName cluster, ServiceName service, int desiredCount) {
            return new Command(cluster, service, desiredCount, DeployService.DEFAULT_TIMEOUT);
        }

        /**
         * From plain strings (names or ARNs): the command, or {@code EcsError.Invalid} naming every problem (cluster,
         * service, desired count) at once.
         */
        public static Either<EcsError, Command> parse(String cluster, String service, int desiredCount) {
            return CommandChecks.fromStrings(cluster, service, CommandChecks.desiredCount(desiredCount),
                    t -> of(t.cluster(), t.service(), desiredCount), Command::violations);
        }

        /** How long to wait for the count. */
        public Command withTimeout(Duration timeout) {
            return new Command(cluster, service, desiredCount, timeout);
        }

        /** Every problem that needs no AWS call; the handler answers {@code EcsError.Invalid} with all of them. */
        public Seq<Violation> violations() {
            return CommandChecks.desiredCount(desiredCount).appendAll(CommandChecks.timeout(timeout));
        }
    }
}
