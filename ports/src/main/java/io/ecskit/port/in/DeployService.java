package io.ecskit.port.in;

import io.ecskit.domain.AssignPublicIp;
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
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.taskdef.AwslogsOptions;
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
 * exactly the settings that differ, puts the service's auto scaling when the command has it (its scalable target,
 * policies and scheduled actions), and follows the deployment it started, by ID, to an outcome under the caller's
 * deadline.
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
     * Deploys and follows. Errors: {@code Invalid} (every violation, nothing created), a backend without Application
     * Auto Scaling when the command scales ({@code UnsupportedOperation}, rule scalingAwsClient: nothing created), then
     * whatever ECS, ECR, CloudWatch Logs or Application Auto Scaling answer ({@code ClusterNotFound}, {@code Throttled},
     * {@code ValidationException}, ...).
     */
    Either<EcsError, DeploymentOutcome> deploy(Command command, DeploymentProgress.Listener listener);

    /**
     * What to deploy where.
     *
     * @param taskDefinition the definition to run; registered only when it differs from the family's latest ACTIVE revision
     * @param service the service's settings as CreateService takes them; its {@code taskDefinition} is set by the deploy
     * @param timeout how long to follow the deployment
     * @param waitForOutcome whether to follow it at all
     * @param failFast whether to roll back at the first new task that cannot start ({@link #withFailFast})
     * @param autoScaling how the service's desired count scales (Application Auto Scaling), applied once the service is
     *                    created or updated and before the deployment is followed; none: its scaling is left as it is
     */
    record Command(TaskDefinition taskDefinition, ServiceSpec service, Duration timeout, boolean waitForOutcome, boolean failFast,
                   Option<io.ecskit.domain.scaling.ServiceAutoScaling> autoScaling) {

        /** @throws NullPointerException when the task definition, service settings, timeout or auto scaling is null */
        public Command {
            Objects.requireNonNull(taskDefinition, "taskDefinition");
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(autoScaling, "autoScaling");
        }

        /** Without auto scaling. */
        public Command(TaskDefinition taskDefinition, ServiceSpec service, Duration timeout, boolean waitForOutcome, boolean failFast) {
            this(taskDefinition, service, timeout, waitForOutcome, failFast, Option.none());
        }

        /** Without fail-fast: the circuit breaker decides. */
        public Command(TaskDefinition taskDefinition, ServiceSpec service, Duration timeout, boolean waitForOutcome) {
            this(taskDefinition, service, timeout, waitForOutcome, false);
        }

        /**
         * With the service's auto scaling: its scalable target, policies and scheduled actions are put after the service is
         * created or updated (a backend without Application Auto Scaling refuses the deploy before anything is changed).
         */
        public Command withAutoScaling(io.ecskit.domain.scaling.ServiceAutoScaling scaling) {
            return new Command(taskDefinition, service, timeout, waitForOutcome, failFast, Option.of(scaling));
        }

        /** The auto scaling aimed at this command's cluster and service. */
        public Option<io.ecskit.domain.scaling.ServiceAutoScaling> autoScalingOfService() {
            return serviceName().flatMap(name -> autoScaling.map(a -> a.forService(cluster(), name)));
        }

        /**
         * Fail fast: at the first task of the new revision that stops for a cause retrying cannot fix
         * (CannotPullContainerError, ResourceInitializationError, an essential container exiting before
         * it ever ran), stop the service deployment with rollback (StopServiceDeployment ROLLBACK) instead
         * of waiting for the circuit breaker's threshold. Needs a backend with service deployments.
         */
        public Command withFailFast() {
            return new Command(taskDefinition, service, timeout, waitForOutcome, true, autoScaling);
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

        /**
         * How long the deploy follows the deployment: the timeout given, or — when it is the default 30 minutes — the
         * default plus what the service's own deployment configuration makes ECS wait, so a deploy is not cut off in the
         * middle of a wait the user configured: {@code bakeTimeInMinutes}, a LINEAR deployment's steps × {@code
         * stepBakeTimeInMinutes}, a CANARY's {@code canaryBakeTimeInMinutes}, and each PAUSE hook's {@code timeoutInMinutes}
         * (60 when it has none) at each of its stages.
         */
        public Duration effectiveTimeout() {
            return timeout.equals(DEFAULT_TIMEOUT)
                    ? DEFAULT_TIMEOUT.plus(configuredWait(service.deploymentConfiguration()))
                    : timeout;
        }

        /** What a deployment configuration makes ECS wait on its own: bake times and PAUSE hooks' timeouts. */
        static Duration configuredWait(Option<io.ecskit.domain.service.DeploymentConfiguration> configuration) {
            if (configuration.isEmpty()) {
                return Duration.ZERO;
            }
            io.ecskit.domain.service.DeploymentConfiguration c = configuration.get();
            var strategy = c.strategy().getOrElse(io.ecskit.domain.service.DeploymentStrategy.ROLLING);
            if (strategy == io.ecskit.domain.service.DeploymentStrategy.ROLLING) {
                return Duration.ZERO;
            }
            long minutes = c.bakeTimeInMinutes().getOrElse(0);
            if (strategy == io.ecskit.domain.service.DeploymentStrategy.LINEAR) {
                double step = c.linearConfiguration().flatMap(l -> l.stepPercent()).getOrElse(10.0);
                minutes += (long) Math.ceil(100.0 / step) * c.linearConfiguration().flatMap(l -> l.stepBakeTimeInMinutes()).getOrElse(6);
            }
            if (strategy == io.ecskit.domain.service.DeploymentStrategy.CANARY) {
                minutes += c.canaryConfiguration().flatMap(k -> k.canaryBakeTimeInMinutes()).getOrElse(10);
            }
            for (var hook : c.lifecycleHooks()) {
                if (hook.targetType().contains(io.ecskit.domain.service.DeploymentLifecycleHookTargetType.PAUSE)) {
                    minutes += (long) Math.max(1, hook.lifecycleStages().size())
                            * hook.timeoutConfiguration().flatMap(t -> t.timeoutInMinutes()).getOrElse(60);
                }
            }
            return Duration.ofMinutes(minutes);
        }

        /** The cluster, {@code default} when the settings name none (as ECS does). */
        public ClusterName cluster() {
            return service.cluster().getOrElse(ClusterName.DEFAULT);
        }

        /** The service's name, when valid ({@link #violations} says why not). */
        public Option<ServiceName> serviceName() {
            return ServiceName.parse(service.serviceName()).toOption();
        }

        /** The awslogs log groups the task definition's containers write to: the deploy creates those missing. */
        public Seq<LogGroupName> logGroups() {
            return taskDefinition.containerDefinitions()
                    .flatMap(c -> c.logConfiguration().flatMap(l -> l.awslogs()).flatMap(AwslogsOptions::group))
                    .distinct().map(LogGroupName::new);
        }

        /** The desired count: 1 when the settings give none, as ECS does for a REPLICA service. */
        public int desiredCount() {
            return service.desiredCount().getOrElse(1);
        }

        /** The settings changed by {@code change}. */
        public Command withService(UnaryOperator<ServiceSpecBuilder> change) {
            return new Command(taskDefinition, change.apply(service.toBuilder()).build(), timeout, waitForOutcome, failFast, autoScaling);
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
            return new Command(taskDefinition, service, timeout, waitForOutcome, failFast, autoScaling);
        }

        /** Starts the deployment without following it (outcome NOT_FOLLOWED). */
        public Command withoutWaiting() {
            return new Command(taskDefinition, service, timeout, false, failFast, autoScaling);
        }

        /**
         * A command from plain strings, as they come from configuration: {@link Builder#build()} lists every invalid
         * value at once (cluster, service name, subnets, security groups, desired count, the task definition's and
         * the service's rules), each with ECS's message.
         */
        public static Builder builder() {
            return new Builder();
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
                    .appendAll(CommandChecks.timeout(timeout))
                    .appendAll(autoScaling.map(a -> a.violations(service.loadBalancers().flatMap(lb -> lb.targetGroupArn().toList()
                            .appendAll(lb.advancedConfiguration().flatMap(c -> c.alternateTargetGroupArn()).toList())))).getOrElse(List.empty()));
        }

        /**
         * Builds a {@link Command} from plain strings; nothing is checked until {@link #build()}, which answers
         * every problem at once. Everything CreateService takes beyond these goes in {@link #settings}.
         */
        public static final class Builder {
            private TaskDefinition taskDefinition;
            private String image;
            private String cluster;
            private String service;
            private Integer desiredCount;
            private List<String> subnets = List.empty();
            private List<String> securityGroups = List.empty();
            private AssignPublicIp assignPublicIp = AssignPublicIp.DISABLED;
            private ServiceSpec settings = ServiceSpec.builder().serviceName("").build();
            private Duration timeout = DEFAULT_TIMEOUT;
            private boolean waitForOutcome = true;
            private boolean failFast;

            private Builder() {
            }

            /** The task definition to run (required); registered only when it differs from the family's latest ACTIVE revision. */
            public Builder taskDefinition(TaskDefinition taskDefinition) {
                this.taskDefinition = taskDefinition;
                return this;
            }

            /**
             * The image the task definition's first essential container runs (a CI build's {@code repo@sha256:...},
             * say), replacing the one in the definition; the other containers keep theirs.
             */
            public Builder image(String image) {
                this.image = image;
                return this;
            }

            /** The cluster's name or ARN; {@code default} when not given, as ECS does. Created when missing. */
            public Builder cluster(String nameOrArn) {
                this.cluster = nameOrArn;
                return this;
            }

            /** The service's name (required): 1..255 letters, digits, hyphens and underscores. */
            public Builder service(String name) {
                this.service = name;
                return this;
            }

            /** How many tasks to keep running, 0 or more; 1 when not given, as ECS does for a REPLICA service. */
            public Builder desiredCount(int desiredCount) {
                this.desiredCount = desiredCount;
                return this;
            }

            /** The awsvpc subnets ({@code subnet-...}), at most 16; required for Fargate. */
            public Builder subnets(String... subnets) {
                this.subnets = List.of(subnets);
                return this;
            }

            /** The awsvpc security groups ({@code sg-...}), at most 5; the VPC's default group when none. */
            public Builder securityGroups(String... securityGroups) {
                this.securityGroups = List.of(securityGroups);
                return this;
            }

            /** Whether the tasks' network interfaces get a public IP (needed to pull from public registries without NAT). Default false. */
            public Builder assignPublicIp(boolean assign) {
                this.assignPublicIp = assign ? AssignPublicIp.ENABLED : AssignPublicIp.DISABLED;
                return this;
            }

            /**
             * Every other CreateService setting (load balancers, deployment configuration and strategy, capacity providers,
             * tags, ...), for instance read from a CreateService JSON file. The builder's own values win over its
             * cluster, service name, desired count and network configuration.
             */
            public Builder settings(ServiceSpec settings) {
                this.settings = Objects.requireNonNull(settings, "settings");
                return this;
            }

            /** How long to follow the deployment (default 30 minutes). */
            public Builder timeout(Duration timeout) {
                this.timeout = timeout;
                return this;
            }

            /** See {@link Command#withFailFast()}. */
            public Builder failFast() {
                this.failFast = true;
                return this;
            }

            /** Start the deployment without following it (outcome NOT_FOLLOWED). */
            public Builder withoutWaiting() {
                this.waitForOutcome = false;
                return this;
            }

            private static TaskDefinition withImage(TaskDefinition td, String image) {
                int index = td.containerDefinitions().indexWhere(c -> c.essential().getOrElse(true));
                int target = Math.max(index, 0);
                return td.containerDefinitions().isEmpty() ? td : td.toBuilder().containerDefinitions(td.containerDefinitions()
                        .update(target, c -> c.toBuilder().image(image).build())).build();
            }

            /** The command, or {@code EcsError.Invalid} with every problem found. */
            public Either<EcsError, Command> build() {
                List<Violation> problems = List.empty();
                ServiceSpecBuilder spec = settings.toBuilder();
                if (cluster != null) {
                    Either<Violation, ClusterName> name = ClusterName.parse(cluster);
                    problems = problems.appendAll(name.swap().toList());
                    name.forEach(spec::cluster);
                }
                spec.serviceName(service != null ? service : settings.serviceName());
                if (desiredCount != null) {
                    spec.desiredCount(desiredCount);
                }
                if (!subnets.isEmpty() || !securityGroups.isEmpty()) {
                    spec.networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(subnets, securityGroups, assignPublicIp)));
                }
                if (timeout == null) {
                    timeout = DEFAULT_TIMEOUT;
                    problems = problems.append(Violation.invalidParameter("timeout", "timeout is required"));
                }
                if (taskDefinition == null) {
                    return Either.left(new EcsError.Invalid(problems.append(
                            Violation.invalidParameter("taskDefinition", "A task definition to deploy is required."))));
                }
                TaskDefinition td = image == null ? taskDefinition : withImage(taskDefinition, image);
                Command command = Command.of(td, spec.build()).withTimeout(timeout);
                command = new Command(command.taskDefinition(), command.service(), command.timeout(), waitForOutcome, failFast);
                Seq<Violation> all = problems.appendAll(command.violations());
                return all.isEmpty() ? Either.right(command) : Either.left(new EcsError.Invalid(all));
            }
        }
    }
}
