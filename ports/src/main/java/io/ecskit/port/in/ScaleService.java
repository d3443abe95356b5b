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

    Either<EcsError, DeploymentOutcome> scale(Command command, DeploymentProgress.Listener listener);

    record Command(ClusterName cluster, ServiceName service, int desiredCount, Duration timeout) {

        public Command {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(timeout, "timeout");
        }

        public static Command of(ClusterName cluster, ServiceName service, int desiredCount) {
            return new Command(cluster, service, desiredCount, DeployService.DEFAULT_TIMEOUT);
        }

        public Command withTimeout(Duration timeout) {
            return new Command(cluster, service, desiredCount, timeout);
        }

        /** Every problem that needs no AWS call; the handler answers {@code EcsError.Invalid} with all of them. */
        public Seq<Violation> violations() {
            return CommandChecks.desiredCount(desiredCount).appendAll(CommandChecks.timeout(timeout));
        }
    }
}
