package io.ecskit.port.in;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

import java.time.Duration;
import java.util.Objects;

/**
 * Rolls a service back to the revision whose deployment last COMPLETED before the one it runs was
 * registered. DescribeServices keeps no history, so when {@link DeployService} registers a revision
 * it tags it {@value #ROLLBACK_TAG} = {@code family:revision} of that one, in the same
 * RegisterTaskDefinition call. A service that ecskit did not deploy has nothing to roll back to.
 */
public interface RollbackService {

    String ROLLBACK_TAG = "ecskit:rollback-to";

    Either<EcsError, DeploymentOutcome> rollback(Command command, DeploymentProgress.Listener listener);

    record Command(ClusterName cluster, ServiceName service, Duration timeout) {

        public Command {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(timeout, "timeout");
        }

        public static Command of(ClusterName cluster, ServiceName service) {
            return new Command(cluster, service, DeployService.DEFAULT_TIMEOUT);
        }

        public Command withTimeout(Duration timeout) {
            return new Command(cluster, service, timeout);
        }

        public Seq<Violation> violations() {
            return CommandChecks.timeout(timeout);
        }
    }
}
