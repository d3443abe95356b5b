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

    /** The tag a deploy puts on each revision it registers: {@code family:revision} of the one to roll back to. */
    String ROLLBACK_TAG = "ecskit:rollback-to";

    /**
     * Updates the service to the revision it should roll back to and follows that deployment.
     * Errors: Invalid, ServiceNotFound, ClientError (nothing to roll back to), and what ECS answers.
     */
    Either<EcsError, DeploymentOutcome> rollback(Command command, DeploymentProgress.Listener listener);

    /**
     * What to roll back.
     *
     * @param cluster the service's cluster
     * @param service the service
     * @param timeout how long to follow the rollback's deployment
     */
    record Command(ClusterName cluster, ServiceName service, Duration timeout) {

        /** @throws NullPointerException when any part is null */
        public Command {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(timeout, "timeout");
        }

        /** Roll the service back, waiting at most 30 minutes. */
        public static Command of(ClusterName cluster, ServiceName service) {
            return new Command(cluster, service, DeployService.DEFAULT_TIMEOUT);
        }

        /** From plain strings (names or ARNs): the command, or {@code EcsError.Invalid} naming every problem at once. */
        public static Either<EcsError, Command> parse(String cluster, String service) {
            return CommandChecks.fromStrings(cluster, service, io.vavr.collection.List.empty(),
                    t -> of(t.cluster(), t.service()), Command::violations);
        }

        /** How long to follow the rollback's deployment. */
        public Command withTimeout(Duration timeout) {
            return new Command(cluster, service, timeout);
        }

        /** Every problem that needs no AWS call: a positive timeout. */
        public Seq<Violation> violations() {
            return CommandChecks.timeout(timeout);
        }
    }
}
