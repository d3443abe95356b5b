package io.ecskit.domain.task;

import io.ecskit.domain.WireValue;

/** Why a task stopped. */
public enum TaskStopCode implements WireValue {
    TASK_FAILED_TO_START("TaskFailedToStart"),
    ESSENTIAL_CONTAINER_EXITED("EssentialContainerExited"),
    USER_INITIATED("UserInitiated"),
    SERVICE_SCHEDULER_INITIATED("ServiceSchedulerInitiated"),
    SPOT_INTERRUPTION("SpotInterruption"),
    TERMINATION_NOTICE("TerminationNotice"),
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
