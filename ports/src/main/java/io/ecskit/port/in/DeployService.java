package io.ecskit.port.in;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.AwsVpcConfiguration;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.service.ServiceRules;
import io.ecskit.domain.taskdef.LaunchType;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.util.Objects;

/**
 * Deploys a service: validates everything first (nothing is created when anything is invalid),
 * ensures the cluster and the awslogs log groups, registers a new revision only when the task
 * definition changed, creates or updates the service, and follows the deployment it started, by
 * id, to an outcome under the caller's deadline.
 */
public interface DeployService {

    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    Either<EcsError, DeploymentOutcome> deploy(Command command, DeploymentProgress.Listener listener);

    /** What to deploy where. Build with {@link #of} and the {@code with*} methods. */
    record Command(
            TaskDefinition taskDefinition, ClusterName cluster, ServiceName service, int desiredCount,
            Option<LaunchType> launchType, Option<AwsVpcConfiguration> network, Seq<LoadBalancer> loadBalancers,
            DeploymentConfiguration deploymentConfiguration, Duration timeout, boolean waitForOutcome) {

        public Command {
            Objects.requireNonNull(taskDefinition, "taskDefinition");
            Objects.requireNonNull(cluster, "cluster");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(launchType, "launchType");
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(loadBalancers, "loadBalancers");
            Objects.requireNonNull(deploymentConfiguration, "deploymentConfiguration");
            Objects.requireNonNull(timeout, "timeout");
        }

        public static Command of(TaskDefinition taskDefinition, ClusterName cluster, ServiceName service, int desiredCount) {
            LaunchType launchType = taskDefinition.requiresCompatibilities().contains(LaunchType.FARGATE)
                    ? LaunchType.FARGATE : LaunchType.EC2;
            return new Command(taskDefinition, cluster, service, desiredCount, Option.of(launchType), Option.none(),
                    List.empty(), DeploymentConfiguration.ECSKIT_DEFAULT, DEFAULT_TIMEOUT, true);
        }

        public Command withNetwork(AwsVpcConfiguration network) {
            return new Command(taskDefinition, cluster, service, desiredCount, launchType, Option.of(network),
                    loadBalancers, deploymentConfiguration, timeout, waitForOutcome);
        }

        public Command withLaunchType(LaunchType launchType) {
            return new Command(taskDefinition, cluster, service, desiredCount, Option.of(launchType), network,
                    loadBalancers, deploymentConfiguration, timeout, waitForOutcome);
        }

        public Command withLoadBalancers(Seq<LoadBalancer> loadBalancers) {
            return new Command(taskDefinition, cluster, service, desiredCount, launchType, network,
                    loadBalancers, deploymentConfiguration, timeout, waitForOutcome);
        }

        public Command withDeploymentConfiguration(DeploymentConfiguration configuration) {
            return new Command(taskDefinition, cluster, service, desiredCount, launchType, network,
                    loadBalancers, configuration, timeout, waitForOutcome);
        }

        public Command withTimeout(Duration timeout) {
            return new Command(taskDefinition, cluster, service, desiredCount, launchType, network,
                    loadBalancers, deploymentConfiguration, timeout, waitForOutcome);
        }

        public Command withoutWaiting() {
            return new Command(taskDefinition, cluster, service, desiredCount, launchType, network,
                    loadBalancers, deploymentConfiguration, timeout, false);
        }

        /** Every problem with the command that needs no AWS call (ECS-RULES §1–5), all at once. */
        public Seq<Violation> violations() {
            Seq<Violation> td = launchType
                    .map(lt -> TaskDefinitionRules.checkCompatible(taskDefinition, lt).fold(v -> v, ok -> List.<Violation>empty())
                            .appendAll(TaskDefinitionRules.validate(taskDefinition, lt).fold(v -> v, ok -> List.empty())))
                    .getOrElse(() -> TaskDefinitionRules.validate(taskDefinition).fold(v -> v, ok -> List.empty()));
            return td.appendAll(ServiceRules.check(taskDefinition, desiredCount, network, loadBalancers, deploymentConfiguration))
                    .appendAll(CommandChecks.timeout(timeout));
        }
    }
}
