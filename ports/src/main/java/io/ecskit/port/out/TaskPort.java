package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Tasks of a cluster. */
public interface TaskPort {

    /** ListTasks, every page: by service (its group), and RUNNING (default) or STOPPED. */
    default Either<EcsError, Seq<TaskArn>> list(ClusterName cluster, Option<ServiceName> service, TaskStatus desiredStatus) {
        return list(cluster, io.ecskit.domain.task.TaskFilter.of(service, desiredStatus));
    }

    /** ListTasks, every page, with all of ECS's filters: service, desired status, family, startedBy, launch type, container instance. */
    Either<EcsError, Seq<TaskArn>> list(ClusterName cluster, io.ecskit.domain.task.TaskFilter filter);

    /** DescribeTasks for any number of tasks (the adapter batches by 100). */
    Either<EcsError, Descriptions<Task>> describe(ClusterName cluster, Seq<TaskArn> tasks);

    /**
     * RunTask: standalone tasks (count 1..10) from an ACTIVE revision; the same clientToken answers the same tasks. As
     * ECS answers it: the tasks it started and, for those it could not place, failures with ECS's reasons (on the EC2
     * launch type: {@code RESOURCE:CPU}, {@code RESOURCE:MEMORY}, {@code RESOURCE:PORTS} per container instance, or no
     * container instance in the cluster).
     */
    Either<EcsError, Descriptions<Task>> run(io.ecskit.domain.task.RunTaskSpec spec);

    /** StopTask with a reason shown in stoppedReason. */
    Either<EcsError, Task> stop(ClusterName cluster, TaskArn task, String reason);

    /** Waits for nothing: a convenience for clean-up, StopTask on every RUNNING task of a service. */
    default Either<EcsError, Done> stopAll(ClusterName cluster, ServiceName service, String reason) {
        return list(cluster, Option.of(service), TaskStatus.RUNNING)
                .flatMap(arns -> arns.foldLeft(Either.<EcsError, Done>right(Done.DONE),
                        (acc, arn) -> acc.flatMap(ok -> stop(cluster, arn, reason).map(t -> Done.DONE))));
    }

    /**
     * ExecuteCommand (ECS Exec): the session to run {@code command} in a RUNNING task's container. Refused with ECS's
     * words when the task runs without enableExecuteCommand (rule executeCommandEnabled), when not interactive (rule
     * executeCommandInteractive) or when a task of several containers is not told which (rule executeCommandContainer).
     */
    Either<EcsError, io.ecskit.domain.task.ExecuteCommandSession> executeCommand(ClusterName cluster, TaskArn task,
                                                                                 io.vavr.control.Option<String> container,
                                                                                 String command, boolean interactive);

    /**
     * UpdateTaskProtection: protects (or unprotects) service tasks from scale-in for {@code expiresInMinutes} (120 by
     * default, 1..2880, rule taskProtectionExpiry); at most 10 tasks (rule taskProtectionAtMostTen). A standalone task is
     * a TASK_NOT_VALID failure, an unknown one MISSING, as ECS answers them.
     */
    Either<EcsError, Descriptions<io.ecskit.domain.task.ProtectedTask>> updateProtection(ClusterName cluster, io.vavr.collection.Seq<TaskArn> tasks,
                                                                                         boolean protectionEnabled,
                                                                                         Option<Integer> expiresInMinutes);

    /** GetTaskProtection: the protection of up to 10 tasks; unknown ones are MISSING failures. */
    Either<EcsError, Descriptions<io.ecskit.domain.task.ProtectedTask>> getProtection(ClusterName cluster, io.vavr.collection.Seq<TaskArn> tasks);

    /**
     * StartTask: one task of {@code spec}'s definition on each named container instance (IDs or ARNs, 1..10, rule
     * startTaskInstances), EC2 launch type; an instance the cluster lacks is a MISSING failure. {@code spec}'s count,
     * launch type and strategy are not StartTask's and are ignored.
     */
    Either<EcsError, Descriptions<Task>> start(io.ecskit.domain.task.RunTaskSpec spec, io.vavr.collection.Seq<String> containerInstances);

    /**
     * SubmitTaskStateChange (the ECS agent's report): a task the agent reports STOPPED stops with the agent's reason
     * (stop code EssentialContainerExited); RUNNING and PENDING are acknowledged (the simulation moves the task itself).
     * Answers ECS's acknowledgment.
     */
    Either<EcsError, String> submitTaskStateChange(ClusterName cluster, TaskArn task, TaskStatus status, Option<String> reason);

    /**
     * SubmitAttachmentStateChanges (the ECS agent's report that a task's elastic network interfaces changed state):
     * each {@code attachmentArn} ({@code arn:aws:ecs:<region>:<account>:attachment/<id>}, as DescribeTasks shows the
     * attachment's id) must belong to a task of the cluster (rule submittedAttachmentFound); the statuses are
     * acknowledged, as the simulation moves attachments with their tasks itself. Answers ECS's acknowledgment.
     */
    Either<EcsError, String> submitAttachmentStateChanges(ClusterName cluster, io.vavr.collection.Seq<io.ecskit.domain.task.AttachmentStateChange> attachments);

    /**
     * SubmitContainerStateChange (the ECS agent's report): a container reported STOPPED gets its exit code; when it is
     * essential its task stops ("Essential container in task exited"). Answers ECS's acknowledgment.
     */
    Either<EcsError, String> submitContainerStateChange(ClusterName cluster, TaskArn task, String container, TaskStatus status,
                                                        Option<Integer> exitCode, Option<String> reason);
}
