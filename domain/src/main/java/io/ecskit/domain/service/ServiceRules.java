package io.ecskit.domain.service;

import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.ModelRules;
import io.ecskit.domain.Violation;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.regex.Pattern;

/** What CreateService/UpdateService refuse that can be known without calling AWS (ECS-RULES §5). */
public final class ServiceRules {

    private static final Pattern SUBNET = Pattern.compile("^subnet-[0-9a-f]{8,17}$");
    private static final Pattern SECURITY_GROUP = Pattern.compile("^sg-[0-9a-f]{8,17}$");

    private ServiceRules() {
    }

    static final int MAX_SUBNETS = 16;
    static final int MAX_SECURITY_GROUPS = 5;

    /**
     * The service rule book: every rule below, for a CreateService or UpdateService of {@code spec} running
     * {@code td} with {@code desiredCount} tasks (the spec's own count may be absent: ECS's default applies).
     */
    public static Seq<Violation> check(TaskDefinition td, ServiceSpec spec, int desiredCount) {
        return desiredCount(desiredCount)
                .appendAll(network(td, spec.networkConfiguration().flatMap(io.ecskit.domain.NetworkConfiguration::awsvpcConfiguration)))
                .appendAll(loadBalancers(td, spec.loadBalancers()))
                .appendAll(serviceConnectPorts(td, spec.serviceConnectConfiguration()))
                .appendAll(deploymentConfiguration(spec.deploymentConfiguration()))
                .appendAll(deploymentStrategy(spec.deploymentConfiguration(), spec.loadBalancers()))
                .appendAll(model(spec));
    }

    /** The API model's constraints on a CreateService request (docs/ecs-rules.md, "Model constraints"). */
    public static Seq<Violation> model(ServiceSpec spec) {
        return io.ecskit.domain.ModelRules.capacityProviderStrategy("capacityProviderStrategy", spec.capacityProviderStrategy())
                .appendAll(ModelRules.launchTypeOrStrategy(spec.launchType(), spec.capacityProviderStrategy()))
                .appendAll(serviceConnect("serviceConnectConfiguration", spec.serviceConnectConfiguration()))
                .appendAll(io.ecskit.domain.ModelRules.tags("tags", spec.tags()));
    }

    /** The API model's constraints on an UpdateService request. */
    public static Seq<Violation> model(ServiceUpdate update) {
        return io.ecskit.domain.ModelRules.capacityProviderStrategy("capacityProviderStrategy",
                        update.capacityProviderStrategy().getOrElse(List.empty()))
                .appendAll(serviceConnect("serviceConnectConfiguration", update.serviceConnectConfiguration()));
    }

    /** CreateTaskSet's own constraints: scale 0..100 (taskSetScaleRange), one load balancer (taskSetOneLoadBalancer), tags, strategy. */
    public static Seq<Violation> taskSet(TaskSetSpec spec) {
        return taskSetScale(spec.scale())
                .appendAll(spec.loadBalancers().size() > 1 ? List.of(EcsRule.TASK_SET_ONE_LOAD_BALANCER.at("loadBalancers")) : List.empty())
                .appendAll(ModelRules.capacityProviderStrategy("capacityProviderStrategy", spec.capacityProviderStrategy()))
                .appendAll(ModelRules.launchTypeOrStrategy(spec.launchType(), spec.capacityProviderStrategy()))
                .appendAll(ModelRules.tags("tags", spec.tags()));
    }

    /** Rule taskSetScaleRange: a scale's value is 0..100 (its only unit is PERCENT). */
    public static Seq<Violation> taskSetScale(Option<Scale> scale) {
        return scale.flatMap(Scale::value).filter(v -> v.isNaN() || v < 0 || v > 100)
                .map(v -> EcsRule.TASK_SET_SCALE_RANGE.at("scale.value")).toList();
    }

    /**
     * CreateService with deploymentController EXTERNAL: the task definition, load balancers, network, launch type,
     * capacity provider strategy, platform version and service registries belong to the task sets (rules
     * externalServiceTaskDefinitionBlank, externalServiceLoadBalancersEmpty, externalServiceTaskSetMember).
     */
    public static Seq<Violation> externalService(ServiceSpec spec) {
        List<Violation> found = List.empty();
        if (spec.taskDefinition().isDefined()) {
            found = found.append(EcsRule.EXTERNAL_SERVICE_TASK_DEFINITION_BLANK.at("taskDefinition"));
        }
        if (!spec.loadBalancers().isEmpty()) {
            found = found.append(EcsRule.EXTERNAL_SERVICE_LOAD_BALANCERS_EMPTY.at("loadBalancers"));
        }
        if (spec.networkConfiguration().isDefined()) {
            found = found.append(EcsRule.EXTERNAL_SERVICE_TASK_SET_MEMBER.at("networkConfiguration", "NetworkConfiguration"));
        }
        if (spec.launchType().isDefined()) {
            found = found.append(EcsRule.EXTERNAL_SERVICE_TASK_SET_MEMBER.at("launchType", "LaunchType"));
        }
        if (!spec.capacityProviderStrategy().isEmpty()) {
            found = found.append(EcsRule.EXTERNAL_SERVICE_TASK_SET_MEMBER.at("capacityProviderStrategy", "CapacityProviderStrategy"));
        }
        if (spec.platformVersion().isDefined()) {
            found = found.append(EcsRule.EXTERNAL_SERVICE_TASK_SET_MEMBER.at("platformVersion", "PlatformVersion"));
        }
        if (!spec.serviceRegistries().isEmpty()) {
            found = found.append(EcsRule.EXTERNAL_SERVICE_TASK_SET_MEMBER.at("serviceRegistries", "ServiceRegistries"));
        }
        return found;
    }

    /**
     * UpdateService of a service whose deployments another controller runs: a CODE_DEPLOY service changes its task
     * definition, network, load balancers and platform only through CodeDeploy and takes no forced deployment (rules
     * codeDeployServiceUpdate, codeDeployForceNewDeployment); an EXTERNAL one changes them (and its launch type,
     * capacity provider strategy and registries) only through task sets (rule externalServiceUpdate). An ECS service
     * breaks none.
     */
    public static Seq<Violation> controlledUpdate(DeploymentControllerType controller, ServiceUpdate update) {
        if (controller == DeploymentControllerType.ECS) {
            return List.empty();
        }
        List<Violation> found = List.empty();
        boolean codeDeploy = controller == DeploymentControllerType.CODE_DEPLOY;
        EcsRule rule = codeDeploy ? EcsRule.CODE_DEPLOY_SERVICE_UPDATE : EcsRule.EXTERNAL_SERVICE_UPDATE;
        if (update.taskDefinition().isDefined()) {
            found = found.append(rule.at("taskDefinition", "task definition"));
        }
        if (update.networkConfiguration().isDefined()) {
            found = found.append(rule.at("networkConfiguration", "network parameters"));
        }
        if (update.loadBalancers().isDefined()) {
            found = found.append(rule.at("loadBalancers", "load balancers"));
        }
        if (update.platformVersion().isDefined()) {
            found = found.append(rule.at("platformVersion", "platform version"));
        }
        if (codeDeploy) {
            if (update.forceNewDeployment().getOrElse(false) || update.capacityProviderStrategy().isDefined()) {
                found = found.append(EcsRule.CODE_DEPLOY_FORCE_NEW_DEPLOYMENT.at("forceNewDeployment"));
            }
            return found;
        }
        if (update.capacityProviderStrategy().isDefined()) {
            found = found.append(rule.at("capacityProviderStrategy", "capacity provider strategy"));
        }
        if (update.serviceRegistries().isDefined()) {
            found = found.append(rule.at("serviceRegistries", "service registries"));
        }
        if (update.forceNewDeployment().getOrElse(false)) {
            found = found.append(rule.at("forceNewDeployment", "a forced deployment"));
        }
        return found;
    }

    /** Rules serviceConnectPortRange (0..65535) and serviceConnectTimeoutRange (0 or more seconds). */
    public static Seq<Violation> serviceConnect(String path, Option<ServiceConnectConfiguration> configuration) {
        return configuration.toList().flatMap(c -> c.services().zipWithIndex().flatMap(si -> {
            String at = path + ".services[" + si._2 + "]";
            String wire = path + ".services." + (si._2 + 1) + ".member";
            Seq<Violation> aliases = si._1.clientAliases().zipWithIndex().flatMap(ai -> ModelRules.range(Option.of(ai._1.port()), 0, 65_535,
                    EcsRule.SERVICE_CONNECT_PORT_RANGE, at + ".clientAliases[" + ai._2 + "].port",
                    wire + ".clientAliases." + (ai._2 + 1) + ".member.port"));
            Seq<Violation> ingress = ModelRules.range(si._1.ingressPortOverride(), 0, 65_535, EcsRule.SERVICE_CONNECT_PORT_RANGE,
                    at + ".ingressPortOverride", wire + ".ingressPortOverride");
            Seq<Violation> timeouts = si._1.timeout().toList().flatMap(t -> timeout(t, at + ".timeout", wire + ".timeout"));
            return aliases.appendAll(ingress).appendAll(timeouts);
        }));
    }

    private static Seq<Violation> timeout(TimeoutConfiguration t, String at, String wire) {
        return List.of(Option.of("idleTimeoutSeconds").filter(x -> t.idleTimeoutSeconds().exists(s -> s < 0))
                        .map(x -> EcsRule.SERVICE_CONNECT_TIMEOUT_RANGE.at(at + ".idleTimeoutSeconds",
                                t.idleTimeoutSeconds().get(), wire + ".idleTimeoutSeconds")),
                Option.of("perRequestTimeoutSeconds").filter(x -> t.perRequestTimeoutSeconds().exists(s -> s < 0))
                        .map(x -> EcsRule.SERVICE_CONNECT_TIMEOUT_RANGE.at(at + ".perRequestTimeoutSeconds",
                                t.perRequestTimeoutSeconds().get(), wire + ".perRequestTimeoutSeconds")))
                .flatMap(o -> o);
    }


    /**
     * With Service Connect, each container port may appear in one port mapping only: registration accepts
     * tcp and udp on one port, CreateService with Service Connect does not (LOAD_BALANCED_PORT_ONE_MAPPING).
     */
    public static Seq<Violation> serviceConnectPorts(TaskDefinition td, Option<ServiceConnectConfiguration> serviceConnect) {
        if (!serviceConnect.exists(ServiceConnectConfiguration::enabled)) {
            return List.empty();
        }
        return td.containerDefinitions().flatMap(c -> c.portMappings().flatMap(p -> p.containerPort()).distinct()
                .filter(port -> c.portMappings().count(p -> p.containerPort().contains(port)) > 1)
                .map(port -> EcsRule.LOAD_BALANCED_PORT_ONE_MAPPING.at("serviceConnectConfiguration", port,
                        c.name().getOrElse(""))));
    }

    /** ECS's quota of tasks per service (the desired count), not adjustable. */
    public static final int MAX_TASKS_PER_SERVICE = 5_000;

    /** desiredCount 0..5,000 (ECS's tasks-per-service quota). */
    public static Seq<Violation> desiredCount(int desiredCount) {
        if (desiredCount < 0) {
            return List.of(EcsRule.DESIRED_COUNT_NOT_NEGATIVE.at("desiredCount"));
        }
        return desiredCount > MAX_TASKS_PER_SERVICE ? List.of(EcsRule.DESIRED_COUNT_WITHIN_LIMIT.at("desiredCount")) : List.empty();
    }

    /** awsvpc needs a network configuration (1..16 subnets, at most 5 security groups); other modes take none. */
    public static Seq<Violation> network(TaskDefinition td, Option<AwsVpcConfiguration> network) {
        if (td.effectiveNetworkMode() != NetworkMode.AWSVPC) {
            return network.isDefined()
                    ? List.of(EcsRule.NETWORK_CONFIGURATION_ONLY_FOR_AWSVPC.at("networkConfiguration"))
                    : List.empty();
        }
        if (network.isEmpty()) {
            return List.of(EcsRule.NETWORK_CONFIGURATION_REQUIRED.at("networkConfiguration"));
        }
        return vpc(network.get());
    }

    /**
     * Service Connect, when enabled: each service's {@code portName} names a port mapping of the definition (rule
     * serviceConnectPortName), and a namespace is given or the cluster has a default one (rule serviceConnectNamespace).
     */
    public static Seq<Violation> serviceConnect(TaskDefinition td, io.vavr.control.Option<ServiceConnectConfiguration> configuration,
                                                io.vavr.control.Option<String> clusterNamespace) {
        if (configuration.isEmpty() || !configuration.get().enabled()) {
            return io.vavr.collection.List.empty();
        }
        ServiceConnectConfiguration c = configuration.get();
        Seq<String> names = td.containerDefinitions().flatMap(io.ecskit.domain.taskdef.ContainerDefinition::portMappings).flatMap(m -> m.name());
        Seq<Violation> found = c.services().zipWithIndex().filter(si -> !names.contains(si._1.portName()))
                .map(si -> EcsRule.SERVICE_CONNECT_PORT_NAME.at("serviceConnectConfiguration.services[" + si._2 + "].portName",
                        si._1.portName()));
        if (c.namespace().isEmpty() && clusterNamespace.isEmpty()) {
            found = found.append(EcsRule.SERVICE_CONNECT_NAMESPACE.at("serviceConnectConfiguration.namespace"));
        }
        return found;
    }

    /** Each load balancer names a container and port of the definition; awsvpc needs target groups. */
    public static Seq<Violation> loadBalancers(TaskDefinition td, Seq<LoadBalancer> loadBalancers) {
        return loadBalancers.zipWithIndex().flatMap(li -> loadBalancer(td, "loadBalancers[" + li._2 + "]", li._1));
    }

    /**
     * The deployment strategy's own settings (issue 12): bake times 0..1440 minutes, linear steps
     * 3.0..100.0 %, canary 0.1..100.0 % (a configuration of another strategy is stored, not refused), early success
     * criteria only with ROLLING, PAUSE hooks not at the traffic-shift stages, Lambda hooks with their
     * function and role, hook timeouts 1..20160 minutes, and a load-balanced service shifting traffic
     * (BLUE_GREEN, LINEAR, CANARY) with the alternate target group, production listener rule and role.
     */
    public static Seq<Violation> deploymentStrategy(Option<DeploymentConfiguration> deployment, Seq<LoadBalancer> loadBalancers) {
        if (deployment.isEmpty()) {
            return List.empty();
        }
        DeploymentConfiguration d = deployment.get();
        String at = "deploymentConfiguration";
        DeploymentStrategy strategy = d.strategy().getOrElse(DeploymentStrategy.ROLLING);
        List<Violation> found = List.empty();
        found = found.appendAll(between(d.bakeTimeInMinutes(), 0, 1440, EcsRule.BAKE_TIME_RANGE, at + ".bakeTimeInMinutes"));
        if (d.linearConfiguration().isDefined()) {
            LinearConfiguration l = d.linearConfiguration().get();
            found = found.appendAll(between(l.stepPercent(), 3.0, 100.0, EcsRule.LINEAR_STEP_PERCENT_RANGE, at + ".linearConfiguration.stepPercent"))
                    .appendAll(between(l.stepBakeTimeInMinutes(), 0, 1440, EcsRule.LINEAR_STEP_BAKE_TIME_RANGE,
                            at + ".linearConfiguration.stepBakeTimeInMinutes"));
        }
        if (d.canaryConfiguration().isDefined()) {
            CanaryConfiguration c = d.canaryConfiguration().get();
            found = found.appendAll(between(c.canaryPercent(), 0.1, 100.0, EcsRule.CANARY_PERCENT_RANGE, at + ".canaryConfiguration.canaryPercent"))
                    .appendAll(between(c.canaryBakeTimeInMinutes(), 0, 1440, EcsRule.CANARY_BAKE_TIME_RANGE,
                            at + ".canaryConfiguration.canaryBakeTimeInMinutes"));
        }
        if (d.earlySuccessCriteria().isDefined() && strategy != DeploymentStrategy.ROLLING) {
            found = found.append(EcsRule.EARLY_SUCCESS_ONLY_ROLLING.at(at + ".earlySuccessCriteria"));
        }
        for (var hi : d.lifecycleHooks().zipWithIndex()) {
            DeploymentLifecycleHook hook = hi._1;
            String h = at + ".lifecycleHooks[" + hi._2 + "]";
            if (hook.targetType().contains(DeploymentLifecycleHookTargetType.PAUSE)) {
                for (DeploymentLifecycleHookStage stage : hook.lifecycleStages()) {
                    if (stage == DeploymentLifecycleHookStage.TEST_TRAFFIC_SHIFT || stage == DeploymentLifecycleHookStage.PRODUCTION_TRAFFIC_SHIFT) {
                        found = found.append(EcsRule.PAUSE_HOOK_STAGE.at(h + ".lifecycleStages", stage.wire()));
                    }
                }
            } else if (hook.hookTargetArn().isEmpty() || hook.roleArn().isEmpty()) {
                found = found.append(EcsRule.LAMBDA_HOOK_TARGET.at(h));
            }
            found = found.appendAll(hook.timeoutConfiguration().flatMap(t -> t.timeoutInMinutes()).toList()
                    .flatMap(minutes -> ModelRules.range(Option.of(minutes), 1, 20_160, EcsRule.HOOK_TIMEOUT_RANGE,
                            h + ".timeoutConfiguration.timeoutInMinutes",
                            "deploymentConfiguration.lifecycleHooks." + (hi._2 + 1) + ".member.timeoutConfiguration.timeoutInMinutes")));
        }
        if (strategy != DeploymentStrategy.ROLLING) {
            for (var li : loadBalancers.zipWithIndex()) {
                Option<AdvancedConfiguration> advanced = li._1.advancedConfiguration();
                boolean complete = advanced.exists(a -> a.alternateTargetGroupArn().isDefined() && a.productionListenerRule().isDefined()
                        && a.roleArn().isDefined());
                if (li._1.targetGroupArn().isDefined() && !complete) {
                    found = found.append(EcsRule.TRAFFIC_SHIFT_NEEDS_ADVANCED_CONFIGURATION.at("loadBalancers[" + li._2 + "].advancedConfiguration",
                            strategy.wire(), li._2));
                }
            }
        }
        return found;
    }

    private static <N extends Number & Comparable<N>> Seq<Violation> between(Option<N> value, N min, N max, EcsRule rule, String path) {
        return value.filter(v -> v.compareTo(min) < 0 || v.compareTo(max) > 0).map(v -> rule.at(path, v)).toList();
    }

    /** The rolling percentages: minimum healthy 0..100, maximum at least 100. */
    public static Seq<Violation> deploymentConfiguration(Option<DeploymentConfiguration> deployment) {
        List<Violation> found = List.empty();
        if (deployment.flatMap(DeploymentConfiguration::minimumHealthyPercent).exists(p -> p < 0 || p > 100)) {
            found = found.append(EcsRule.MINIMUM_HEALTHY_PERCENT_RANGE.at("deploymentConfiguration.minimumHealthyPercent"));
        }
        if (deployment.flatMap(DeploymentConfiguration::maximumPercent).exists(p -> p < 100)) {
            found = found.append(EcsRule.MAXIMUM_PERCENT_AT_LEAST_100.at("deploymentConfiguration.maximumPercent"));
        }
        return found;
    }

    private static Seq<Violation> vpc(AwsVpcConfiguration vpc) {
        List<Violation> found = List.empty();
        String at = "networkConfiguration.awsvpcConfiguration";
        if (vpc.subnets().isEmpty()) {
            found = found.append(EcsRule.SUBNETS_REQUIRED.at(at + ".subnets"));
        }
        if (vpc.subnets().size() > MAX_SUBNETS) {
            found = found.append(EcsRule.SUBNETS_AT_MOST_SIXTEEN.at(at + ".subnets"));
        }
        if (vpc.securityGroups().size() > MAX_SECURITY_GROUPS) {
            found = found.append(EcsRule.SECURITY_GROUPS_AT_MOST_FIVE.at(at + ".securityGroups"));
        }
        found = found.appendAll(vpc.subnets().zipWithIndex().filter(si -> !SUBNET.matcher(si._1).matches())
                .map(si -> EcsRule.SUBNET_ID_FORMAT.at(at + ".subnets[" + si._2 + "]", si._1)));
        return found.appendAll(vpc.securityGroups().zipWithIndex().filter(gi -> !SECURITY_GROUP.matcher(gi._1).matches())
                .map(gi -> EcsRule.SECURITY_GROUP_ID_FORMAT.at(at + ".securityGroups[" + gi._2 + "]", gi._1)));
    }

    private static Seq<Violation> loadBalancer(TaskDefinition td, String at, LoadBalancer lb) {
        List<Violation> found = List.empty();
        if (td.effectiveNetworkMode() == NetworkMode.AWSVPC && lb.targetGroupArn().isEmpty()) {
            found = found.append(EcsRule.AWSVPC_NEEDS_TARGET_GROUP.at(at + ".targetGroupArn"));
        }
        String container = lb.containerName().getOrElse("");
        if (td.container(container).isEmpty()) {
            found = found.append(EcsRule.LOAD_BALANCER_CONTAINER_EXISTS.at(at + ".containerName", container));
        } else if (td.container(container).get().portMappings().count(p -> p.containerPort().equals(lb.containerPort())) > 1) {
            found = found.append(EcsRule.LOAD_BALANCED_PORT_ONE_MAPPING.at(at + ".containerPort",
                    lb.containerPort().map(String::valueOf).getOrElse(""), container));
        } else if (!td.container(container).get().portMappings().exists(p -> p.containerPort().equals(lb.containerPort()))) {
            found = found.append(EcsRule.LOAD_BALANCER_CONTAINER_PORT.at(at + ".containerPort", container, lb.containerPort().map(String::valueOf).getOrElse("")));
        }
        return found;
    }
}
