package io.ecskit.port.out;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Scale;
import io.ecskit.domain.service.TaskSet;
import io.ecskit.domain.service.TaskSetSpec;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * Task sets of services whose deploymentController is EXTERNAL: each runs its scale's share of the service's
 * desiredCount from its own task definition, launch type and network, and the controller moves traffic by scaling
 * them and choosing the PRIMARY one. Services are named by name or ARN, task sets by ID or ARN. Errors as ECS answers
 * them: ClusterNotFoundException, ServiceNotFoundException, ServiceNotActiveException, TaskSetNotFoundException,
 * InvalidParameterException for a service whose controller is not EXTERNAL (rule taskSetExternalControllerOnly) and
 * for what the model refuses; ClientException for the rest. Source: ECS API reference, CreateTaskSet, UpdateTaskSet,
 * DeleteTaskSet, DescribeTaskSets, UpdateServicePrimaryTaskSet.
 */
public interface TaskSetPort {

    /**
     * CreateTaskSet: ACTIVE (PRIMARY only through {@link #updatePrimary}), STABILIZING, with scale 0 PERCENT unless
     * given (what ECS answered in the AWS CLI's recorded create-task-set); at most 5 per service (rule taskSetsAtMostFive).
     */
    Either<EcsError, TaskSet> create(TaskSetSpec spec);

    /** UpdateTaskSet: a new scale (0..100 PERCENT); the task set starts or stops tasks to reach it. */
    Either<EcsError, TaskSet> update(ClusterName cluster, String service, String taskSet, Scale scale);

    /**
     * DeleteTaskSet: the task set goes DRAINING, scales to 0 and disappears once its tasks stopped. Without
     * {@code force}, the PRIMARY task set (rule primaryTaskSetNotDeleted) and one that still has tasks to run or
     * running (rule taskSetScaledToZeroBeforeDelete) are refused.
     */
    Either<EcsError, TaskSet> delete(ClusterName cluster, String service, String taskSet, boolean force);

    /**
     * DescribeTaskSets: the task sets named (IDs or ARNs; unknown ones are MISSING failures), or every task set of the
     * service when {@code taskSets} is empty. Tags only with {@code includeTags}. Also answers for a CODE_DEPLOY
     * service, whose task sets CodeDeploy manages.
     */
    Either<EcsError, Descriptions<TaskSet>> describe(ClusterName cluster, String service, Seq<String> taskSets, boolean includeTags);

    /**
     * UpdateServicePrimaryTaskSet: makes the task set PRIMARY (the former primary becomes ACTIVE); the service takes
     * the task definition, launch type, platform and network of its primary task set.
     */
    Either<EcsError, TaskSet> updatePrimary(ClusterName cluster, String service, String primaryTaskSet);
}
