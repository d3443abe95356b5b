package io.ecskit.domain.task;

/** The lifecycle ECS moves a task through, in order. */
public enum TaskStatus {
    PROVISIONING, PENDING, ACTIVATING, RUNNING, DEACTIVATING, STOPPING, DEPROVISIONING, STOPPED
}
