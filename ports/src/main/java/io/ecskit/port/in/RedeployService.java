package io.ecskit.port.in;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;

/**
 * Deploys a change to what a service runs now: a new image and/or environment for one container
 * (default: the first essential one), on top of the revision the service runs. That is the latest
 * revision unless a rollback happened, and then the one that works: a circuit-breaker rollback
 * leaves the failed revision the family's latest, and building on it would bring the failure back.
 */
public interface RedeployService {

    /**
     * Registers the changed revision and deploys it.
     * Errors: Invalid, ServiceNotFound, ServiceNotActive, ClusterNotFound, and what ECS answers.
     */
    Either<EcsError, DeploymentOutcome> redeploy(Command command, DeploymentProgress.Listener listener);

    /**
     * What to change.
     *
     * @param cluster the service's cluster
     * @param service the service
     * @param container the container to change; the first essential one when empty
     * @param image its new image; unchanged when empty
     * @param environment variables to set or replace (the others are kept)
     * @param timeout how long to follow the deployment
     */
    record Command(ClusterName cluster, ServiceName service, Option<String> container, Option<String> image,
                   Map<String, String> environment, Duration timeout) {

        /** @throws NullPointerException when any part is null */
        public Command {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(container, "container");
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(environment, "environment");
            Objects.requireNonNull(timeout, "timeout");
        }

        /** A new image for the first essential container, waiting at most 30 minutes. */
        public static Command image(ClusterName cluster, ServiceName service, String image) {
            return new Command(cluster, service, Option.none(), Option.of(image), LinkedHashMap.empty(), DeployService.DEFAULT_TIMEOUT);
        }

        /** Only environment changes (variables set or replaced; the others kept). */
        public static Command environment(ClusterName cluster, ServiceName service, Map<String, String> environment) {
            return new Command(cluster, service, Option.none(), Option.none(), environment, DeployService.DEFAULT_TIMEOUT);
        }

        /** From plain strings (names or ARNs): the command, or {@code EcsError.Invalid} naming every problem at once. */
        public static Either<EcsError, Command> parse(String cluster, String service, String image) {
            return CommandChecks.fromStrings(cluster, service, io.vavr.collection.List.empty(),
                    t -> image(t.cluster(), t.service(), image), Command::violations);
        }

        /** Also these environment variables (set or replaced). */
        public Command withEnvironment(Map<String, String> environment) {
            return new Command(cluster, service, container, image, environment, timeout);
        }

        /** Change this container instead of the first essential one. */
        public Command withContainer(String container) {
            return new Command(cluster, service, Option.of(container), image, environment, timeout);
        }

        /** How long to follow the deployment. */
        public Command withTimeout(Duration timeout) {
            return new Command(cluster, service, container, image, environment, timeout);
        }

        /** Every problem that needs no AWS call: there must be something to change. */
        public Seq<Violation> violations() {
            List<Violation> found = List.empty();
            if (image.isEmpty() && environment.isEmpty()) {
                found = found.append(Violation.invalidParameter("image", "Give a new image or environment variables to change."));
            }
            if (image.exists(String::isBlank)) {
                found = found.append(io.ecskit.domain.EcsRule.IMAGE_REQUIRED.at("image"));
            }
            // the rest of the image and environment rules apply to the new revision, in DeployService
            return found.appendAll(CommandChecks.timeout(timeout));
        }
    }
}
