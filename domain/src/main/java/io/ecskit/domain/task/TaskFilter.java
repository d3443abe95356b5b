package io.ecskit.domain.task;

import io.ecskit.domain.LaunchType;
import io.ecskit.domain.arn.ServiceName;
import io.vavr.control.Option;

import java.util.Objects;

/**
 * ListTasks's filters: every one given must match.
 *
 * @param serviceName tasks of this service (its task group)
 * @param desiredStatus RUNNING (ECS's default: tasks that should run, pending ones included) or STOPPED
 * @param family tasks of this task definition family
 * @param startedBy tasks whose startedBy is exactly this (RunTask's startedBy, a deployment's id for a service's tasks)
 * @param launchType tasks on this launch type
 * @param containerInstance tasks on this container instance (its ID or ARN)
 */
public record TaskFilter(Option<ServiceName> serviceName, TaskStatus desiredStatus, Option<String> family, Option<String> startedBy,
                         Option<LaunchType> launchType, Option<String> containerInstance) {

    /** @throws NullPointerException when a part is null */
    public TaskFilter {
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(desiredStatus, "desiredStatus");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(launchType, "launchType");
        Objects.requireNonNull(containerInstance, "containerInstance");
    }

    /** The tasks that should run, of every service, family and launch type. */
    public static TaskFilter running() {
        return new TaskFilter(Option.none(), TaskStatus.RUNNING, Option.none(), Option.none(), Option.none(), Option.none());
    }

    /** A service's tasks with this desired status. */
    public static TaskFilter of(Option<ServiceName> service, TaskStatus desiredStatus) {
        return new TaskFilter(service, desiredStatus, Option.none(), Option.none(), Option.none(), Option.none());
    }

    /** This filter, for tasks with this desired status. */
    public TaskFilter withDesiredStatus(TaskStatus status) {
        return new TaskFilter(serviceName, status, family, startedBy, launchType, containerInstance);
    }

    /** This filter, for tasks of this family. */
    public TaskFilter withFamily(String family) {
        return new TaskFilter(serviceName, desiredStatus, Option.of(family), startedBy, launchType, containerInstance);
    }

    /** This filter, for tasks started by this. */
    public TaskFilter withStartedBy(String startedBy) {
        return new TaskFilter(serviceName, desiredStatus, family, Option.of(startedBy), launchType, containerInstance);
    }

    /** This filter, for tasks on this launch type. */
    public TaskFilter withLaunchType(LaunchType launchType) {
        return new TaskFilter(serviceName, desiredStatus, family, startedBy, Option.of(launchType), containerInstance);
    }

    /** This filter, for tasks on this container instance (ID or ARN). */
    public TaskFilter withContainerInstance(String containerInstance) {
        return new TaskFilter(serviceName, desiredStatus, family, startedBy, launchType, Option.of(containerInstance));
    }
}
