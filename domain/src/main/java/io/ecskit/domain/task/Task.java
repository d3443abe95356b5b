package io.ecskit.domain.task;

import io.ecskit.domain.Attachment;
import io.ecskit.domain.Attribute;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.taskdef.EphemeralStorage;
import io.ecskit.domain.taskdef.InferenceAccelerator;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.Instant;

/**
 * A task as DescribeTasks answers it.
 *
 * @param attachments Resources attached to the task, e.g. its elastic network interface under awsvpc.
 * @param attributes Attributes of the task.
 * @param availabilityZone Availability Zone the task runs in.
 * @param capacityProviderName Capacity provider the task was placed with.
 * @param clusterArn ARN of the cluster the task runs in.
 * @param connectivity Whether the task is CONNECTED or DISCONNECTED.
 * @param connectivityAt When connectivity last changed.
 * @param containerInstanceArn Container instance the task runs on (EC2 and external).
 * @param containers The task's containers as they run.
 * @param cpu Task-level CPU: CPU units ("1024") or vCPUs ("1 vCPU"); required on Fargate, where it must pair with memory; EC2: 128..196608 units.
 * @param createdAt When the task was created (PENDING).
 * @param desiredStatus Where ECS is taking the task: RUNNING or STOPPED.
 * @param enableExecuteCommand Whether ECS Exec is on for the tasks; false by default.
 * @param executionStoppedAt When the essential containers stopped.
 * @param group Group of the task: service:name for a service's tasks, family:name by default for RunTask.
 * @param healthStatus HEALTHY, UNHEALTHY or UNKNOWN, from the essential containers' health checks.
 * @param inferenceAccelerators Elastic Inference accelerators the containers may use (deviceName, deviceType); retired by AWS, still in the API.
 * @param lastStatus PROVISIONING, PENDING, ACTIVATING, RUNNING, DEACTIVATING, STOPPING, DEPROVISIONING or STOPPED.
 * @param launchType Where the tasks run: FARGATE, EC2, EXTERNAL or MANAGED_INSTANCES; excludes capacityProviderStrategy.
 * @param memory Task-level memory: MiB ("2048") or GB ("2 GB"); required on Fargate, where it must pair with cpu.
 * @param overrides Overrides the task was started with.
 * @param platformVersion Fargate platform version, LATEST (1.4.0 on Linux) by default.
 * @param platformFamily Operating system family of the task's platform.
 * @param pullStartedAt When image pulls started.
 * @param pullStoppedAt When image pulls finished.
 * @param startedAt When the task reached RUNNING.
 * @param startedBy Who started the task: the service's deployment ID, or what RunTask was given.
 * @param stopCode Why the task stopped: TaskFailedToStart, EssentialContainerExited, UserInitiated, ServiceSchedulerInitiated, ...
 * @param stoppedAt When the task reached STOPPED.
 * @param stoppedReason Why the task stopped, as ECS words it (e.g. "Essential container in task exited").
 * @param stoppingAt When the task started stopping.
 * @param tags Tags on the resource: at most 50; keys 1..128 and values 0..256 characters; the aws: prefix is reserved.
 * @param taskArn ARN of the task, arn:aws:ecs:region:account:task/cluster/id.
 * @param taskDefinitionArn ARN of the revision the task runs.
 * @param version Version counter, raised on every change of the task.
 * @param ephemeralStorage Fargate ephemeral storage for the task, 21..200 GiB; 20 GiB when absent.
 * @param fargateEphemeralStorage Fargate ephemeral storage of the task: size in GiB and KMS key.
 * @param trustedExecutionSummary The isolation mode the task runs in and whether an attestation policy is configured, from its task definition's trusted execution configuration.
 */
@Value.Builder
public record Task(
        List<Attachment> attachments,
        List<Attribute> attributes,
        Option<String> availabilityZone,
        Option<String> capacityProviderName,
        ClusterArn clusterArn,
        Option<Connectivity> connectivity,
        Option<Instant> connectivityAt,
        Option<ContainerInstanceArn> containerInstanceArn,
        List<Container> containers,
        Option<String> cpu,
        Option<Instant> createdAt,
        TaskStatus desiredStatus,
        Option<Boolean> enableExecuteCommand,
        Option<Instant> executionStoppedAt,
        Option<String> group,
        Option<HealthStatus> healthStatus,
        List<InferenceAccelerator> inferenceAccelerators,
        TaskStatus lastStatus,
        Option<LaunchType> launchType,
        Option<String> memory,
        Option<TaskOverride> overrides,
        Option<String> platformVersion,
        Option<String> platformFamily,
        Option<Instant> pullStartedAt,
        Option<Instant> pullStoppedAt,
        Option<Instant> startedAt,
        Option<String> startedBy,
        Option<TaskStopCode> stopCode,
        Option<Instant> stoppedAt,
        Option<String> stoppedReason,
        Option<Instant> stoppingAt,
        List<Tag> tags,
        TaskArn taskArn,
        TaskDefinitionArn taskDefinitionArn,
        Option<Long> version,
        Option<EphemeralStorage> ephemeralStorage,
        Option<TaskEphemeralStorage> fargateEphemeralStorage,
        Option<TrustedExecutionSummary> trustedExecutionSummary) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskBuilder builder() {
        return new TaskBuilder();
    }

    /** A builder holding this record's values. */
    public TaskBuilder toBuilder() {
        return new TaskBuilder().from(this);
    }

    /** The task's ID, the last part of its ARN. */
    public String id() {
        return taskArn.taskId();
    }
}
