package io.ecskit.domain.instance;

import io.ecskit.domain.Attachment;
import io.ecskit.domain.Attribute;
import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.Instant;

/**
 * A container instance as DescribeContainerInstances answers it. Source: ECS API reference, ContainerInstance.
 * (Its {@code healthStatus} and {@code gpuDevices} members are not modelled yet.)
 *
 * @param containerInstanceArn arn:aws:ecs:REGION:ACCOUNT:container-instance/CLUSTER/ID.
 * @param ec2InstanceId The EC2 instance, from the instance identity document.
 * @param capacityProviderName The capacity provider the instance belongs to.
 * @param version Raised on every change of the instance.
 * @param versionInfo The agent's and Docker's versions.
 * @param remainingResources What tasks have not reserved: CPU, MEMORY, PORTS, PORTS_UDP.
 * @param registeredResources What the instance registered with.
 * @param status ACTIVE, DRAINING, REGISTERING, DEREGISTERING or REGISTRATION_FAILED.
 * @param statusReason Why the status is what it is.
 * @param agentConnected Whether the agent is connected to ECS.
 * @param runningTasksCount Tasks in RUNNING on the instance.
 * @param pendingTasksCount Tasks in PENDING on the instance.
 * @param agentUpdateStatus The state of the last UpdateContainerAgent.
 * @param attributes Attributes of the instance: ECS's own (ecs.os-type, ecs.capability...) and custom ones (PutAttributes).
 * @param registeredAt When it registered.
 * @param attachments Resources attached to the instance (trunk ENIs).
 * @param tags Tags on the resource, when asked for with include TAGS.
 */
@Value.Builder
public record ContainerInstance(
        ContainerInstanceArn containerInstanceArn,
        Option<String> ec2InstanceId,
        Option<String> capacityProviderName,
        Option<Long> version,
        Option<VersionInfo> versionInfo,
        List<Resource> remainingResources,
        List<Resource> registeredResources,
        ContainerInstanceStatus status,
        Option<String> statusReason,
        Option<Boolean> agentConnected,
        int runningTasksCount,
        int pendingTasksCount,
        Option<AgentUpdateStatus> agentUpdateStatus,
        List<Attribute> attributes,
        Option<Instant> registeredAt,
        List<Attachment> attachments,
        List<Tag> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static ContainerInstanceBuilder builder() {
        return new ContainerInstanceBuilder();
    }

    /** A builder holding this record's values. */
    public ContainerInstanceBuilder toBuilder() {
        return new ContainerInstanceBuilder().from(this);
    }
}
