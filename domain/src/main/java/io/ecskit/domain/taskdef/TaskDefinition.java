package io.ecskit.domain.taskdef;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A task definition as RegisterTaskDefinition takes it: the raw request, which may be invalid; {@link TaskDefinitionRules} says whether ECS would accept it.
 *
 * @param family The family this definition registers a revision of: 1..255 letters, digits, hyphens and underscores (required).
 * @param taskRoleArn ARN of the IAM role the containers assume to call AWS APIs; none by default ({@code ""} means none, as ECS takes it).
 * @param executionRoleArn ARN of the IAM role the ECS agent / Fargate uses to pull images, fetch secrets and write awslogs; required on Fargate for ECR images, awslogs and secrets ({@code ""} means none, as ECS takes it).
 * @param networkMode Docker networking mode; Fargate requires awsvpc; on EC2 Linux the default is bridge.
 * @param containerDefinitions The containers of the task, 1..10 (required); at least one must be essential.
 * @param volumes Data volumes the containers can mount by name; none by default.
 * @param placementConstraints Placement constraints for the task's instances (EC2 only, at most 10); Fargate refuses them.
 * @param requiresCompatibilities Launch types this definition is validated against (EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES); EC2 when absent.
 * @param cpu Task-level CPU: CPU units ("1024") or vCPUs ("1 vCPU"); required on Fargate, where it must pair with memory; EC2: 128..196608 units.
 * @param memory Task-level memory: MiB ("2048") or GB ("2 GB"); required on Fargate, where it must pair with cpu.
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 * @param pidMode Process namespace: host or task; Fargate allows task only; the container's own namespace by default.
 * @param ipcMode IPC namespace: host, task or none; not supported on Fargate; Docker's default (private) when absent.
 * @param proxyConfiguration App Mesh proxy settings (type APPMESH, the proxy container, its properties); none by default.
 * @param inferenceAccelerators Elastic Inference accelerators the containers may use (deviceName, deviceType); retired by AWS, still in the API.
 * @param ephemeralStorage Fargate ephemeral storage for the task, 21..200 GiB; 20 GiB when absent.
 * @param runtimePlatform Operating system family and CPU architecture the task needs; LINUX / X86_64 when absent.
 * @param enableFaultInjection Whether the task accepts AWS FIS fault injection requests; false by default.
 * @param trustedExecutionConfiguration Isolation mode and attestation policy of the tasks (ECS Managed Instances only); SHARED when absent.
 */
@Value.Builder
public record TaskDefinition(
        String family,
        Option<String> taskRoleArn,
        Option<String> executionRoleArn,
        Option<NetworkMode> networkMode,
        List<ContainerDefinition> containerDefinitions,
        List<Volume> volumes,
        List<TaskDefinitionPlacementConstraint> placementConstraints,
        List<Compatibility> requiresCompatibilities,
        Option<String> cpu,
        Option<String> memory,
        List<Tag> tags,
        Option<PidMode> pidMode,
        Option<IpcMode> ipcMode,
        Option<ProxyConfiguration> proxyConfiguration,
        List<InferenceAccelerator> inferenceAccelerators,
        Option<EphemeralStorage> ephemeralStorage,
        Option<RuntimePlatform> runtimePlatform,
        Option<Boolean> enableFaultInjection,
        Option<TrustedExecutionConfiguration> trustedExecutionConfiguration) {

    /**
     * ECS takes {@code taskRoleArn: ""} and {@code executionRoleArn: ""} as "no role" (deployment tools re-register a
     * described definition that way), so an empty role is none here too.
     */
    public TaskDefinition {
        taskRoleArn = taskRoleArn == null ? null : taskRoleArn.filter(arn -> !arn.isEmpty());
        executionRoleArn = executionRoleArn == null ? null : executionRoleArn.filter(arn -> !arn.isEmpty());
    }

    /** A builder with every optional component absent and every list empty. */
    public static TaskDefinitionBuilder builder() {
        return new TaskDefinitionBuilder();
    }

    /**
     * A builder for a Fargate task definition: {@code requiresCompatibilities} FARGATE, network mode awsvpc (the
     * only one Fargate takes) and the task size, which must be one Fargate offers (rule fargateTaskSize), e.g.
     * {@code "256"} CPU units with {@code "512"} MiB.
     *
     * @param family the family, 1..255 letters, digits, hyphens and underscores
     * @param cpu task CPU units ({@code "256"}, {@code "1024"}, ...) or vCPUs ({@code "1 vCPU"})
     * @param memory task memory in MiB ({@code "512"}) or GB ({@code "1 GB"})
     */
    public static TaskDefinitionBuilder fargate(String family, String cpu, String memory) {
        return builder().family(family).requiresCompatibilities(List.of(Compatibility.FARGATE)).networkMode(NetworkMode.AWSVPC)
                .cpu(cpu).memory(memory);
    }

    /** A builder holding this record's values. */
    public TaskDefinitionBuilder toBuilder() {
        return new TaskDefinitionBuilder().from(this);
    }

    /** The network mode ECS uses: the given one, else {@code bridge} (Linux on EC2). */
    public NetworkMode effectiveNetworkMode() {
        return networkMode.getOrElse(TaskDefinitionDefaults.NETWORK_MODE);
    }

    /** Task-level cpu in units, when given in a form ECS understands ("1024", "1 vCPU"). */
    public Option<Integer> cpuUnits() {
        return cpu.flatMap(TaskSize::parseCpu);
    }

    /** Task-level memory in MiB, when given in a form ECS understands ("2048", "2 GB"). */
    public Option<Integer> memoryMiB() {
        return memory.flatMap(TaskSize::parseMemory);
    }

    /** The container of that name. */
    public Option<ContainerDefinition> container(String name) {
        return containerDefinitions.find(c -> c.name().contains(name));
    }
}
