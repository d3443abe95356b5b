package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.task.ContainerState;
import io.ecskit.domain.task.HealthStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/** A simulated task; mutable, guarded by the state lock. */
final class TaskState {

    final TaskArn arn;
    final RegisteredTaskDefinition definition;
    final Option<String> group;
    final Option<String> startedBy;
    final Option<LaunchType> launchType;
    final Option<AwsVpcConfiguration> network;
    final Instant createdAt;
    TaskStatus lastStatus = TaskStatus.PROVISIONING;
    TaskStatus desiredStatus = TaskStatus.RUNNING;
    Instant since;
    Option<Instant> startedAt = Option.none();
    Option<Instant> stoppingAt = Option.none();
    Option<Instant> stoppedAt = Option.none();
    Option<TaskStopCode> stopCode = Option.none();
    Option<String> stoppedReason = Option.none();
    HealthStatus health = HealthStatus.UNKNOWN;
    /** container name → (exit code, reason) once it stopped for a reason of its own. */
    java.util.Map<String, Option<Integer>> exitCodes = new java.util.HashMap<>();
    java.util.Map<String, String> containerReasons = new java.util.HashMap<>();
    boolean reachedRunning;

    TaskState(TaskArn arn, RegisteredTaskDefinition definition, Option<String> group, Option<String> startedBy,
              Option<LaunchType> launchType, Option<AwsVpcConfiguration> network, Instant now) {
        this.arn = arn;
        this.definition = definition;
        this.group = group;
        this.startedBy = startedBy;
        this.launchType = launchType;
        this.network = network;
        this.createdAt = now;
        this.since = now;
    }

    String id() {
        return arn.taskId();
    }

    boolean isStopped() {
        return lastStatus == TaskStatus.STOPPED;
    }

    boolean isRunning() {
        return lastStatus == TaskStatus.RUNNING && desiredStatus == TaskStatus.RUNNING;
    }

    boolean isPending() {
        return lastStatus.ordinal() < TaskStatus.RUNNING.ordinal() && desiredStatus == TaskStatus.RUNNING;
    }

    void moveTo(TaskStatus status, Instant now) {
        lastStatus = status;
        since = now;
    }

    /** Asks the task to stop; it goes through STOPPING (or DEPROVISIONING) to STOPPED. */
    void requestStop(TaskStopCode code, String reason, Instant now) {
        if (desiredStatus == TaskStatus.STOPPED) {
            return;
        }
        desiredStatus = TaskStatus.STOPPED;
        stopCode = Option.of(code);
        stoppedReason = Option.of(reason);
        stoppingAt = Option.of(now);
        moveTo(lastStatus == TaskStatus.RUNNING ? TaskStatus.STOPPING : TaskStatus.DEPROVISIONING, now);
    }

    Task toTask() {
        List<ContainerState> containers = definition.definition().containerDefinitions().map(c -> new ContainerState(
                c.name(), c.image(), containerStatus(), exitCodes.getOrDefault(c.name(), Option.none()),
                Option.of(containerReasons.get(c.name())), health, Option.none()));
        return Task.builder()
                .arn(arn)
                .taskDefinitionArn(definition.arn().toString())
                .group(group)
                .startedBy(startedBy)
                .lastStatus(lastStatus)
                .desiredStatus(desiredStatus)
                .launchType(launchType)
                .containers(containers)
                .healthStatus(health)
                .createdAt(createdAt)
                .startedAt(startedAt)
                .stoppingAt(stoppingAt)
                .stoppedAt(stoppedAt)
                .stopCode(stopCode)
                .stoppedReason(stoppedReason)
                .cpu(definition.definition().cpu())
                .memory(definition.definition().memory())
                .tags(List.<Tag>empty())
                .build();
    }

    private TaskStatus containerStatus() {
        return switch (lastStatus) {
            case PROVISIONING, PENDING, ACTIVATING -> TaskStatus.PENDING;
            case RUNNING -> TaskStatus.RUNNING;
            case STOPPED -> TaskStatus.STOPPED;
            default -> reachedRunning ? TaskStatus.RUNNING : TaskStatus.PENDING;
        };
    }
}
