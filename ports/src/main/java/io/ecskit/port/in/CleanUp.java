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

    /**
     * Cleans up. Errors: {@code Invalid} (nothing touched), ClusterContainsTasks / ClusterContainsServices when
     * something outside the clean-up keeps the cluster busy past the timeout, and what AWS answers.
     *
     * @param listener hears how many tasks still run while a service drains
     * @return what was done, step by step
     */
    Either<EcsError, Report> cleanUp(Command command, DeploymentProgress.Listener listener);

    /**
     * What a clean-up did, in the order it did it.
     *
     * @param steps one per resource it removed or found already gone
     */
    record Report(Seq<Step> steps) {

        /** @throws NullPointerException when {@code steps} is null */
        public Report {
            Objects.requireNonNull(steps, "steps");
        }

        /** The names of the resources of this kind that this clean-up deleted or deregistered. */
        public Seq<String> removed(Step.Resource resource) {
            return steps.filter(s -> s.resource() == resource
                            && (s.action() == Step.Action.DELETED || s.action() == Step.Action.DEREGISTERED))
                    .map(Step::name);
        }

        /** The names of the resources of this kind that were gone before the clean-up came to them. */
        public Seq<String> alreadyGone(Step.Resource resource) {
            return steps.filter(s -> s.resource() == resource && s.action() == Step.Action.ALREADY_GONE).map(Step::name);
        }

        /** Whether everything asked is gone: no service was still DRAINING when the timeout passed. */
        public boolean complete() {
            return steps.forAll(s -> s.action() != Step.Action.STILL_DRAINING);
        }

        /** One sentence per step ({@code deleted service web}), one per line. */
        @Override
        public String toString() {
            return steps.mkString("\n");
        }
    }

    /**
     * One thing the clean-up did, or found already done.
     *
     * @param action what happened to it
     * @param resource what kind of resource it is
     * @param name its name ({@code family:revision} for a task definition, the id for a container instance)
     */
    record Step(Action action, Resource resource, String name) {

        /** @throws NullPointerException when any part is null */
        public Step {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(name, "name");
        }

        /** What happened to the resource. */
        public enum Action {
            /** The clean-up deleted it (DeleteService, DeleteCluster, DeleteLogGroup, DeleteRepository). */
            DELETED,
            /** The clean-up deregistered it (DeregisterTaskDefinition, DeregisterContainerInstance). */
            DEREGISTERED,
            /** It was gone (NotFound, INACTIVE) before the clean-up came to it: counted as done. */
            ALREADY_GONE,
            /** DeleteService was sent, but the service was still DRAINING when the clean-up's timeout passed. */
            STILL_DRAINING
        }

        /** The kinds of resource a clean-up removes, as AWS names them. */
        public enum Resource {
            /** An ECS service. */
            SERVICE("service"),
            /** An EC2 container instance registered to the cluster. */
            CONTAINER_INSTANCE("container instance"),
            /** The ECS cluster. */
            CLUSTER("cluster"),
            /** A task-definition revision ({@code family:revision}). */
            TASK_DEFINITION("task definition"),
            /** A CloudWatch Logs log group. */
            LOG_GROUP("log group"),
            /** An ECR repository (deleted with its images). */
            REPOSITORY("repository");

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

    /**
     * What to clean up.
     *
     * @param cluster the cluster to delete
     * @param services the services to delete; empty means every service of the cluster and then the cluster itself
     * @param deregisterFamily a family whose ACTIVE revisions are deregistered
     * @param deleteLogGroups log groups to delete (the awslogs groups of the services, say)
     * @param deleteRepository an ECR repository to delete, images included
     * @param timeout how long to wait for tasks to stop and services to drain
     */
    record Command(
            ClusterName cluster, Seq<ServiceName> services, Option<String> deregisterFamily,
            Seq<LogGroupName> deleteLogGroups, Option<RepositoryName> deleteRepository, Duration timeout) {

        /** @throws NullPointerException when any part is null */
        public Command {
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(services, "services");
            Objects.requireNonNull(deregisterFamily, "deregisterFamily");
            Objects.requireNonNull(deleteLogGroups, "deleteLogGroups");
            Objects.requireNonNull(deleteRepository, "deleteRepository");
            Objects.requireNonNull(timeout, "timeout");
        }

        /** The cluster and every service in it, nothing else; waiting at most 15 minutes. */
        public static Command cluster(ClusterName cluster) {
            return new Command(cluster, List.empty(), Option.none(), List.empty(), Option.none(), Duration.ofMinutes(15));
        }

        /**
         * The seed's clean-up after {@code deploy}: the deploy's whole cluster (every service in it, then the
         * cluster), the task definition's family (every ACTIVE revision) and the awslogs log groups its containers
         * write to. For a cluster that other services share, {@code cluster(...).services(...)} instead.
         */
        public static Command clusterOf(DeployService.Command deploy) {
            return cluster(deploy.cluster()).deregisterFamily(deploy.taskDefinition().family()).deleteLogGroups(deploy.logGroups());
        }

        /**
         * The cluster (name or ARN) from a plain string: the command, or {@code EcsError.Invalid} with the name's problem.
         */
        public static Either<EcsError, Command> parse(String cluster) {
            return ClusterName.parse(cluster).<EcsError>mapLeft(v -> new EcsError.Invalid(io.vavr.collection.List.of(v)))
                    .map(Command::cluster);
        }

        /** Only these services; the cluster then stays. */
        public Command services(Seq<ServiceName> services) {
            return new Command(cluster, services, deregisterFamily, deleteLogGroups, deleteRepository, timeout);
        }

        /** Also deregister every ACTIVE revision of this family. */
        public Command deregisterFamily(String family) {
            return new Command(cluster, services, Option.of(family), deleteLogGroups, deleteRepository, timeout);
        }

        /** Also delete these log groups. */
        public Command deleteLogGroups(Seq<LogGroupName> groups) {
            return new Command(cluster, services, deregisterFamily, groups, deleteRepository, timeout);
        }

        /** Also delete this ECR repository, with its images. */
        public Command deleteRepository(RepositoryName repository) {
            return new Command(cluster, services, deregisterFamily, deleteLogGroups, Option.of(repository), timeout);
        }

        /** How long to wait for tasks to stop and services to drain (default 15 minutes). */
        public Command withTimeout(Duration timeout) {
            return new Command(cluster, services, deregisterFamily, deleteLogGroups, deleteRepository, timeout);
        }

        /** Every problem that needs no AWS call: the family's format, a positive timeout. */
        public Seq<Violation> violations() {
            // the task-definition rule book's familyRequired / familyFormat
            Seq<Violation> family = deregisterFamily.map(io.ecskit.domain.taskdef.TaskDefinitionRules::family)
                    .getOrElse(io.vavr.collection.List.empty());
            return family.appendAll(CommandChecks.timeout(timeout));
        }
    }
}
