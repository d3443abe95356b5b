package io.ecskit.domain.task;

/** Why a task stopped, as ECS codes it (the human-readable part is the task's stoppedReason). */
public enum StopCode {
    TaskFailedToStart,
    EssentialContainerExited,
    UserInitiated,
    ServiceSchedulerInitiated,
    SpotInterruption,
    TerminationNotice
}
