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
    Either<EcsError, Seq<Step>> cleanUp(Command command, DeploymentProgress.Listener listener);

    /**
     * One thing the clean-up did, or found already done.
     *
     * @param action what happened to it
     * @param resource what kind of resource it is
     * @param name its name ({@code family:revision} for a task definition, the id for a container instance)
     */
    record Step(Action action, Resource resource, String name) {

        public Step {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(name, "name");
        }

        /** What happened to the resource. */
        public enum Action {
            DELETED, DEREGISTERED, ALREADY_GONE,
            /** DeleteService was sent, but the service was still DRAINING when the clean-up's timeout passed. */
            STILL_DRAINING
        }

        /** The kinds of resource a clean-up removes, as AWS names them. */
        public enum Resource {
            SERVICE("service"), CONTAINER_INSTANCE("container instance"), CLUSTER("cluster"),
            TASK_DEFINITION("task definition"), LOG_GROUP("log group"), REPOSITORY("repository");

            private final String text;

            Resource(String text) {
                this.text = text;
            }

            /** How a sentence names it ("log group"). */
            public String text() {
                return text;
            }
        }

        /** The step as a sentence: {@code deleted service web}, {@code cluster apps already gone}. */
        @Override
        public String toString() {
            return switch (action) {
                case DELETED -> "deleted " + resource.text() + " " + name;
                case DEREGISTERED -> "deregistered " + resource.text() + " " + name;
                case ALREADY_GONE -> resource.text() + " " + name + " already gone";
                case STILL_DRAINING -> "deleted " + resource.text() + " " + name + " (still draining)";
            };
        }
    }

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
            // the task-definition rule book's familyRequired / familyFormat
            Seq<Violation> family = deregisterFamily.map(io.ecskit.domain.taskdef.TaskDefinitionRules::family)
                    .getOrElse(io.vavr.collection.List.empty());
            return family.appendAll(CommandChecks.timeout(timeout));
        }
    }
}
