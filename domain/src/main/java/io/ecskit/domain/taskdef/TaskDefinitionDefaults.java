package io.ecskit.domain.taskdef;

/**
 * What ECS stores for a task definition member the request left out (rule {@value #RULE}), so that
 * a file that leaves a value to ECS and the revision ECS stored from it compare equal, and the
 * in-memory backend describes what ECS describes. Every default ECS fills in lives here, once;
 * {@link #stored(TaskDefinition)} applies them and changes nothing else.
 *
 * <p>What ECS fills in when RegisterTaskDefinition leaves it out (DescribeTaskDefinition then returns it):
 * <ul>
 *   <li>container {@code cpu}: {@value #CONTAINER_CPU}. Sources: eagletmt/hako#17 ("when your yml does not
 *       set cpu ... ECS fills the value 0", a second identical registration otherwise) and eagletmt/hako#50
 *       (the cpu "returned from AWS API is filled with 0").</li>
 *   <li>container {@code essential}: {@value #ESSENTIAL}. Sources: the ContainerDefinition API reference
 *       ("If this parameter is omitted, a container is assumed to be essential"); aws/aws-cli
 *       {@code awscli/examples/ecs/describe-task-definition.rst} (hello_world:8 output: {@code "essential": true});
 *       hashicorp/terraform-provider-aws {@code internal/service/ecs/container_definitions.go}
 *       ({@code reduce}: {@code Essential == nil} becomes {@code true}).</li>
 *   <li>port mapping {@code protocol}: tcp; under awsvpc, {@code hostPort} = {@code containerPort}. Sources:
 *       the PortMapping API reference (protocol "the default is tcp"; with awsvpc "hostPort can either be
 *       left blank or set to the same value as the containerPort"); hashicorp/terraform#17737 (a mapping
 *       sent as {@code {"containerPort":4360}} is described as {@code {"containerPort":4360,"hostPort":4360,
 *       "protocol":"tcp"}}); terraform-provider-aws {@code reduce} (same two rules).</li>
 *   <li>{@code healthCheck}: {@code interval} {@value #HEALTH_CHECK_INTERVAL}, {@code timeout}
 *       {@value #HEALTH_CHECK_TIMEOUT}, {@code retries} {@value #HEALTH_CHECK_RETRIES}; {@code startPeriod}
 *       stays absent. Sources: terraform-aws-modules/terraform-aws-ecs#148 (a health check with only
 *       {@code command} comes back with {@code interval = 30, retries = 3, timeout = 5} and nothing else,
 *       a new revision on every apply until they were written out); eagletmt/hako#56 ("DescribeTaskDefinition
 *       returns interval=30 even if RegisterTaskDefinition is called without"); the HealthCheck API
 *       reference (defaults 30, 5, 3; "the startPeriod is off" by default); terraform-provider-aws
 *       {@code reduce} (fills exactly those three).</li>
 *   <li>empty lists: ECS describes {@code environment}, {@code mountPoints}, {@code volumesFrom},
 *       {@code systemControls} (task level: {@code volumes}, {@code placementConstraints}) left out as
 *       {@code []} (hashicorp/terraform-provider-aws#46132, hashicorp/terraform#17737, the aws-cli
 *       hello_world:8 example: {@code "environment": [], "mountPoints": [], "volumesFrom": []}). The model holds
 *       lists as vavr {@code List}s, where absent and empty are the same value, so nothing is filled.</li>
 * </ul>
 *
 * <p>Not filled, on purpose (no source shows ECS storing them): {@code networkMode} (ECS runs bridge on
 * EC2 Linux when it is absent, see {@link #NETWORK_MODE}), so
 * absent = bridge stays a comparison rule of {@link TaskDefinitionComparison}, not a stored value;
 * {@code hostPort} in bridge or host mode; a mount point's {@code sourceVolume} (no source
 * shows ECS storing {@code ""}; ECS refuses a mount point that names no task volume, "Unknown volume
 * 'null'.", blinkist/terraform-aws-airship-ecs-service#46); {@code healthCheck.startPeriod}
 * ({@value #HEALTH_CHECK_START_PERIOD} is only what the runtime uses, see
 * {@link #HEALTH_CHECK_START_PERIOD}).
 */
public final class TaskDefinitionDefaults {

    /** The rule id of this table in the ECS rules. */
    public static final String RULE = "taskDefinitionDefaults";

    /** A container's cpu units when none are given. */
    public static final int CONTAINER_CPU = 0;
    /** Whether a container is essential when not said. */
    public static final boolean ESSENTIAL = true;
    /** A port mapping's protocol when none is given. */
    public static final TransportProtocol PROTOCOL = TransportProtocol.TCP;
    /** Seconds between health checks when none are given. */
    public static final int HEALTH_CHECK_INTERVAL = 30;
    /** Seconds a health check may take when none are given. */
    public static final int HEALTH_CHECK_TIMEOUT = 5;
    /** Failed health checks in a row before UNHEALTHY, when none are given. */
    public static final int HEALTH_CHECK_RETRIES = 3;
    /**
     * Seconds of grace a container gets before failed health checks count, when none are given. ECS does
     * not store it (the health check is described without startPeriod); the runtime behaves as 0.
     */
    public static final int HEALTH_CHECK_START_PERIOD = 0;
    /**
     * The network mode ECS uses when none is given (Linux on EC2). ECS does not store it, so
     * {@link #stored(TaskDefinition)} leaves it absent; comparisons treat absent as this.
     */
    public static final NetworkMode NETWORK_MODE = NetworkMode.BRIDGE;

    private TaskDefinitionDefaults() {
    }

    /** The definition as ECS stores it: every default ECS fills in, filled in; nothing else changed. */
    public static TaskDefinition stored(TaskDefinition given) {
        NetworkMode mode = given.effectiveNetworkMode();
        return given.toBuilder()
                .containerDefinitions(given.containerDefinitions().map(c -> stored(c, mode)))
                .build();
    }

    /** A container as ECS stores it in a task of network mode {@code mode}. */
    public static ContainerDefinition stored(ContainerDefinition given, NetworkMode mode) {
        return given.toBuilder()
                .cpu(given.cpu().getOrElse(CONTAINER_CPU))
                .essential(given.isEssential())
                .portMappings(given.portMappings().map(p -> stored(p, mode)))
                .healthCheck(given.healthCheck().map(TaskDefinitionDefaults::stored))
                .build();
    }

    /** A port mapping as ECS stores it under network mode {@code mode}. */
    public static PortMapping stored(PortMapping given, NetworkMode mode) {
        boolean awsvpc = mode == NetworkMode.AWSVPC;
        return given.toBuilder()
                .protocol(given.effectiveProtocol())
                .hostPort(awsvpc && given.hostPort().isEmpty() ? given.containerPort() : given.hostPort())
                .build();
    }

    /** A health check as ECS stores it: interval, timeout and retries filled in, startPeriod as given. */
    public static HealthCheck stored(HealthCheck given) {
        return given.toBuilder()
                .interval(given.interval().getOrElse(HEALTH_CHECK_INTERVAL))
                .timeout(given.timeout().getOrElse(HEALTH_CHECK_TIMEOUT))
                .retries(given.retries().getOrElse(HEALTH_CHECK_RETRIES))
                .build();
    }
}
