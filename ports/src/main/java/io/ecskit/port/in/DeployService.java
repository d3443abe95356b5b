package io.ecskit.port.in;

import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.service.ServiceRules;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceSpecBuilder;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Deploys a service: validates everything first (nothing is created when anything is invalid),
 * ensures the cluster and the awslogs log groups, registers a new revision only when the task
 * definition changed, creates the service with every CreateService setting given or updates
 * exactly the settings that differ, and follows the deployment it started, by ID, to an outcome
 * under the caller's deadline.
 */
public interface DeployService {

    /** How long a deploy waits for its deployment by default: 30 minutes. */
    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    /**
     * What a deploy sends when the service's settings give no deployment configuration: ECS's
     * percentages (200 / 100) with the circuit breaker on and rolling back, which ECS leaves off.
     */
    DeploymentConfiguration ECSKIT_DEPLOYMENT_CONFIGURATION = DeploymentConfiguration.builder()
            .maximumPercent(200).minimumHealthyPercent(100)
            .deploymentCircuitBreaker(DeploymentCircuitBreaker.WITH_ROLLBACK).build();

    /**
     * Deploys and follows. Errors: {@code Invalid} (every violation, nothing created), then
     * whatever ECS, ECR or CloudWatch Logs answer ({@code ClusterNotFound}, {@code Throttled}, ...).
     */
    Either<EcsError, DeploymentOutcome> deploy(Command command, DeploymentProgress.Listener listener);

    /**
     * What to deploy where.
     *
     * @param taskDefinition the definition to run; registered only when it differs from the family's latest ACTIVE revision
     * @param service the service's settings as CreateService takes them; its {@code taskDefinition} is set by the deploy
     * @param timeout how long to follow the deployment
     * @param waitForOutcome whether to follow it at all
     */
    record Command(TaskDefinition taskDefinition, ServiceSpec service, Duration timeout, boolean waitForOutcome, boolean failFast) {

        public Command {
            Objects.requireNonNull(taskDefinition, "taskDefinition");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(timeout, "timeout");
        }

        /** Without fail-fast: the circuit breaker decides. */
        public Command(TaskDefinition taskDefinition, ServiceSpec service, Duration timeout, boolean waitForOutcome) {
            this(taskDefinition, service, timeout, waitForOutcome, false);
        }

        /**
         * Fail fast: at the first task of the new revision that stops for a cause retrying cannot fix
         * (CannotPullContainerError, ResourceInitializationError, an essential container exiting before
         * it ever ran), stop the service deployment with rollback (StopServiceDeployment ROLLBACK) instead
         * of waiting for the circuit breaker's threshold. Needs a backend with service deployments.
         */
        public Command withFailFast() {
            return new Command(taskDefinition, service, timeout, waitForOutcome, true);
        }

        /** The task definition with the service's settings (for instance read from a CreateService JSON file). */
        public static Command of(TaskDefinition taskDefinition, ServiceSpec service) {
            ServiceSpec withDefaults = service;
            if (service.launchType().isEmpty() && service.capacityProviderStrategy().isEmpty()) {
                withDefaults = withDefaults.toBuilder().launchType(defaultLaunchType(taskDefinition)).build();
            }
            if (service.deploymentConfiguration().isEmpty()) {
                withDefaults = withDefaults.toBuilder().deploymentConfiguration(ECSKIT_DEPLOYMENT_CONFIGURATION).build();
            }
            return new Command(taskDefinition, withDefaults, DEFAULT_TIMEOUT, true);
        }

        /** {@code desiredCount} tasks of the definition as service {@code service} of {@code cluster}. */
        public static Command of(TaskDefinition taskDefinition, ClusterName cluster, ServiceName service, int desiredCount) {
            return of(taskDefinition, ServiceSpec.builder().cluster(cluster).serviceName(service.value())
                    .desiredCount(desiredCount).build());
        }

        private static LaunchType defaultLaunchType(TaskDefinition td) {
            return td.requiresCompatibilities().contains(Compatibility.FARGATE) ? LaunchType.FARGATE : LaunchType.EC2;
        }

        /** The cluster, {@code default} when the settings name none (as ECS does). */
        public ClusterName cluster() {
            return service.cluster().getOrElse(ClusterName.DEFAULT);
        }

        /** The service's name, when valid ({@link #violations} says why not). */
        public Option<ServiceName> serviceName() {
            return ServiceName.parse(service.serviceName()).toOption();
        }

        /** The desired count: 1 when the settings give none, as ECS does for a REPLICA service. */
        public int desiredCount() {
            return service.desiredCount().getOrElse(1);
        }

        /** The settings changed by {@code change}. */
        public Command withService(UnaryOperator<ServiceSpecBuilder> change) {
            return new Command(taskDefinition, change.apply(service.toBuilder()).build(), timeout, waitForOutcome, failFast);
        }

        /** The awsvpc network configuration. */
        public Command withNetwork(AwsVpcConfiguration network) {
            return withService(s -> s.networkConfiguration(NetworkConfiguration.awsvpc(network)));
        }

        /** The launch type. */
        public Command withLaunchType(LaunchType launchType) {
            return withService(s -> s.launchType(launchType));
        }

        /** The load balancers. */
        public Command withLoadBalancers(Seq<LoadBalancer> loadBalancers) {
            return withService(s -> s.loadBalancers(loadBalancers.toList()));
        }

        /** The deployment configuration. */
        public Command withDeploymentConfiguration(DeploymentConfiguration configuration) {
            return withService(s -> s.deploymentConfiguration(configuration));
        }

        /** How long to follow the deployment. */
        public Command withTimeout(Duration timeout) {
            return new Command(taskDefinition, service, timeout, waitForOutcome, failFast);
        }

        /** Starts the deployment without following it (outcome NOT_FOLLOWED). */
        public Command withoutWaiting() {
            return new Command(taskDefinition, service, timeout, false, failFast);
        }

        /** Every problem with the command that needs no AWS call, all at once. */
        public Seq<Violation> violations() {
            Seq<Violation> td = service.launchType()
                    .map(lt -> TaskDefinitionRules.checkCompatible(taskDefinition, lt).fold(v -> v, ok -> List.<Violation>empty())
                            .appendAll(TaskDefinitionRules.validate(taskDefinition, lt).fold(v -> v, ok -> List.empty())))
                    .getOrElse(() -> TaskDefinitionRules.validate(taskDefinition).fold(v -> v, ok -> List.empty()));
            Seq<Violation> name = ServiceName.parse(service.serviceName()).fold(List::of, ok -> List.empty());
            return td.appendAll(name)
                    .appendAll(ServiceRules.check(taskDefinition, service, desiredCount()))
                    .appendAll(CommandChecks.timeout(timeout));
        }
    }
}
