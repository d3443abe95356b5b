package io.ecskit.domain.task;

/**
 * The lifecycle ECS moves a task through, in order: a task's {@code lastStatus} and {@code desiredStatus} (ECS developer
 * guide, "Amazon ECS task lifecycle").
 */
public enum TaskStatus {
    /** ECS is provisioning the task's resources before launch (for awsvpc, the elastic network interface). */
    PROVISIONING,
    /** ECS is waiting for the container agent (or Fargate) to start the task, e.g. for resources to become available. */
    PENDING,
    /** The task was launched; ECS is completing what comes before RUNNING, e.g. load balancer target or service discovery registration. */
    ACTIVATING,
    /** The task's essential containers are running. */
    RUNNING,
    /** ECS is undoing what ACTIVATING did before stopping the task, e.g. deregistering its load balancer targets (and waiting out the deregistration delay). */
    DEACTIVATING,
    /** The containers are being stopped: SIGTERM, then SIGKILL after the container's {@code stopTimeout} (30 seconds by default). */
    STOPPING,
    /** The containers have stopped; ECS is releasing the task's resources (for awsvpc, detaching and deleting the network interface). */
    DEPROVISIONING,
    /** The task has stopped; ECS still describes it for about an hour, then forgets it. */
    STOPPED
}
