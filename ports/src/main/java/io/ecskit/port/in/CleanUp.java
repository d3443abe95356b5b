package io.ecskit.port.in;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;

/**
 * Cleans up as the seed does: scale to 0, wait for the tasks to stop, delete the services,
 * deregister container instances, delete the cluster; optionally deregister a family's
 * revisions, delete log groups and an ECR repository. What is already gone counts as done.
 */
public interface CleanUp {

    /** What was done, step by step; {@code listener} hears how many tasks still run while a service drains. */
    Either<EcsError, Seq<String>> cleanUp(Command command, DeploymentProgress.Listener listener);

    /** {@code services} empty means every service of the cluster. */
    record Command(
            ClusterName cluster, Seq<ServiceName> services, Option<String> deregisterFamily,
            Seq<LogGroupName> deleteLogGroups, Option<RepositoryName> deleteRepository, Duration timeout) {

        public Command {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(services, "services");
            Objects.requireNonNull(deregisterFamily, "deregisterFamily");
            Objects.requireNonNull(deleteLogGroups, "deleteLogGroups");
            Objects.requireNonNull(deleteRepository, "deleteRepository");
            Objects.requireNonNull(timeout, "timeout");
        }

        public static Command cluster(ClusterName cluster) {
            return new Command(cluster, List.empty(), Option.none(), List.empty(), Option.none(), Duration.ofMinutes(15));
        }

        public Command services(Seq<ServiceName> services) {
            return new Command(cluster, services, deregisterFamily, deleteLogGroups, deleteRepository, timeout);
        }

        public Command deregisterFamily(String family) {
            return new Command(cluster, services, Option.of(family), deleteLogGroups, deleteRepository, timeout);
        }

        public Command deleteLogGroups(Seq<LogGroupName> groups) {
            return new Command(cluster, services, deregisterFamily, groups, deleteRepository, timeout);
        }

        public Command deleteRepository(RepositoryName repository) {
            return new Command(cluster, services, deregisterFamily, deleteLogGroups, Option.of(repository), timeout);
        }

        /** How long to wait for tasks to stop and services to drain (default 15 minutes). */
        public Command withTimeout(Duration timeout) {
            return new Command(cluster, services, deregisterFamily, deleteLogGroups, deleteRepository, timeout);
        }

        public Seq<Violation> violations() {
            // ECS's messages for a family that is not 1..255 letters, digits, - and _ (ECS-RULES §4)
            Seq<Violation> family = deregisterFamily.filter(f -> !f.matches("[a-zA-Z0-9_-]{1,255}"))
                    .map(f -> Violation.client("family", f.isBlank() ? "Family can not be blank." : "Family contains invalid characters."))
                    .toList();
            return family.appendAll(CommandChecks.timeout(timeout));
        }
    }
}
