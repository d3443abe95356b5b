package io.ecskit.adapter.inmemory;

import io.ecskit.domain.service.Scale;
import io.ecskit.domain.service.ScaleUnit;
import io.ecskit.domain.service.StabilityStatus;
import io.ecskit.domain.service.TaskSet;
import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * A simulated task set of an EXTERNAL (or CODE_DEPLOY) controlled service; mutable, guarded by the state lock. Its
 * tasks are launched through a {@link DeploymentState} of its own ({@code runner}, with the task set's ID, task
 * definition, launch type and network), so the scheduler runs them as it runs a deployment's; what is different is
 * that its desired count follows its scale, never the service's rollout.
 */
final class TaskSetState {

    /** ECS's task set statuses. */
    static final String PRIMARY = "PRIMARY";
    static final String ACTIVE = "ACTIVE";
    static final String DRAINING = "DRAINING";

    final String arn;
    final DeploymentState runner;
    /** What CreateTaskSet stored, as DescribeTaskSets answers it before counts and state are added. */
    final TaskSet created;
    final Option<String> clientToken;
    String status = ACTIVE;
    Scale scale;
    Instant updatedAt;
    StabilityStatus stability = StabilityStatus.STABILIZING;
    Instant stabilityAt;
    List<Tag> tags;

    TaskSetState(String arn, DeploymentState runner, TaskSet created, Option<String> clientToken, Scale scale, Instant now) {
        this.arn = arn;
        this.runner = runner;
        this.created = created;
        this.clientToken = clientToken;
        this.scale = scale;
        this.updatedAt = now;
        this.stabilityAt = now;
        this.tags = created.tags();
    }

    String id() {
        return runner.id.value();
    }

    /** ECS's computedDesiredCount: the service's desiredCount times the scale, rounded up; 0 while DRAINING. */
    int computedDesiredCount(int serviceDesiredCount) {
        if (status.equals(DRAINING)) {
            return 0;
        }
        double percent = scale.value().getOrElse(100.0);
        return (int) Math.ceil(serviceDesiredCount * percent / 100.0 - 1e-9);
    }

    /** Scale 0 PERCENT: what ECS answers for a task set created without one (the AWS CLI's recorded create-task-set). */
    static Scale noScale() {
        return Scale.builder().value(0.0).unit(ScaleUnit.PERCENT).build();
    }

    /** What DescribeTaskSets answers: the stored task set with its status, scale, counts and stability now. */
    TaskSet view(int serviceDesiredCount, int pending, int running, boolean includeTags) {
        return created.toBuilder()
                .status(status)
                .scale(scale)
                .computedDesiredCount(computedDesiredCount(serviceDesiredCount))
                .pendingCount(pending)
                .runningCount(running)
                .updatedAt(updatedAt)
                .stabilityStatus(stability)
                .stabilityStatusAt(stabilityAt)
                .tags(includeTags ? tags : List.empty())
                .build();
    }
}
