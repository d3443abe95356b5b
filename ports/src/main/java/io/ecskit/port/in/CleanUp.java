package io.ecskit.port.in;

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

/**
 * Cleans up as the seed does: scale to 0, wait for the tasks to stop, delete the services,
 * deregister container instances, delete the cluster; optionally deregister a family's
 * revisions, delete log groups and an ECR repository. What is already gone counts as done.
 */
public interface CleanUp {

    Either<EcsError, Seq<String>> cleanUp(Command command, DeploymentProgress.Listener listener);

    /** {@code services} empty means every service of the cluster. */
    record Command(
            ClusterName cluster, Seq<ServiceName> services, Option<String> deregisterFamily,
            Seq<LogGroupName> deleteLogGroups, Option<RepositoryName> deleteRepository, Duration timeout) {

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
    }
}
