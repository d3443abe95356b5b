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
 * Rolls a service back to the newest revision, other than the one it runs, whose deployment
 * COMPLETED. ecskit marks a revision with the tag {@value #DEPLOYED_TAG} when a deploy of it succeeds;
 * ECS itself keeps no such history in DescribeServices.
 */
public interface RollbackService {

    String DEPLOYED_TAG = "ecskit:deployed-at";

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
