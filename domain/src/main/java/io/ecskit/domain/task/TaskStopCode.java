package io.ecskit.domain.task;

import io.ecskit.domain.WireValue;

/**
 * Why a task stopped: a task's {@code stopCode}, set once it is STOPPING; the free-text {@code stoppedReason} may add
 * details (ECS API reference, Task.stopCode; developer guide, "Stopped tasks error codes").
 */
public enum TaskStopCode implements WireValue {
    /**
     * {@code TaskFailedToStart}: the task never reached RUNNING, e.g. its image could not be pulled or its resources
     * (network interface, secrets, volumes) not initialised; the {@code stoppedReason} says which.
     */
    TASK_FAILED_TO_START("TaskFailedToStart"),
    /**
     * {@code EssentialContainerExited}: an essential container exited (or failed its health check), so ECS stopped the
     * whole task.
     */
    ESSENTIAL_CONTAINER_EXITED("EssentialContainerExited"),
    /** {@code UserInitiated}: someone stopped the task, e.g. with StopTask. */
    USER_INITIATED("UserInitiated"),
    /**
     * {@code ServiceSchedulerInitiated}: the service scheduler stopped the task, e.g. scaling in, replacing it in a
     * deployment, or after failed load balancer health checks.
     */
    SERVICE_SCHEDULER_INITIATED("ServiceSchedulerInitiated"),
    /**
     * {@code SpotInterruption}: the Spot capacity the task ran on (Fargate Spot or an EC2 Spot instance) was
     * reclaimed.
     */
    SPOT_INTERRUPTION("SpotInterruption"),
    /**
     * {@code TerminationNotice}: the infrastructure the task ran on received a termination notice, so ECS stopped the
     * task; the {@code stoppedReason} has the details.
     */
    TERMINATION_NOTICE("TerminationNotice"),
    /**
     * {@code InfrastructureHealth}: ECS stopped the task because the infrastructure it ran on became unhealthy; the
     * {@code stoppedReason} has the details.
     */
    INFRASTRUCTURE_HEALTH("InfrastructureHealth");

    private final String wire;

    TaskStopCode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
