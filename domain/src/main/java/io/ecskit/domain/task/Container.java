package io.ecskit.domain.task;

import io.ecskit.domain.taskdef.SharingStrategy;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A container of a running or stopped task.
 *
 * @param containerArn ARN of the container.
 * @param taskArn ARN of the task the container belongs to.
 * @param name Name of the container, from the task definition.
 * @param image Image the container runs.
 * @param imageDigest Digest of the image pulled (sha256:...).
 * @param runtimeId Docker ID of the container.
 * @param lastStatus PENDING, RUNNING or STOPPED.
 * @param exitCode Exit code once stopped.
 * @param reason Why the container stopped (e.g. CannotPullContainerError: ...).
 * @param networkBindings Port bindings on the host (bridge and host mode).
 * @param networkInterfaces Network interfaces of the container (awsvpc).
 * @param healthStatus HEALTHY, UNHEALTHY or UNKNOWN (no health check).
 * @param managedAgents Agents ECS runs beside the container (ECS Exec).
 * @param cpu CPU units reserved for the container.
 * @param memory Hard memory limit in MiB.
 * @param memoryReservation Soft memory limit in MiB.
 * @param gpuIds IDs of the GPUs assigned.
 * @param neuronDeviceIds IDs of the Neuron devices assigned.
 * @param gpuSharingStrategy How the GPUs are shared.
 */
@Value.Builder
public record Container(
        Option<String> containerArn,
        Option<String> taskArn,
        Option<String> name,
        Option<String> image,
        Option<String> imageDigest,
        Option<String> runtimeId,
        Option<String> lastStatus,
        Option<Integer> exitCode,
        Option<String> reason,
        List<NetworkBinding> networkBindings,
        List<NetworkInterface> networkInterfaces,
        Option<HealthStatus> healthStatus,
        List<ManagedAgent> managedAgents,
        Option<String> cpu,
        Option<String> memory,
        Option<String> memoryReservation,
        List<String> gpuIds,
        List<String> neuronDeviceIds,
        Option<SharingStrategy> gpuSharingStrategy) {

    /** A builder with every optional component absent and every list empty. */
    public static ContainerBuilder builder() {
        return new ContainerBuilder();
    }

    /** A builder holding this record's values. */
    public ContainerBuilder toBuilder() {
        return new ContainerBuilder().from(this);
    }
}
