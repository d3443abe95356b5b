package io.ecskit.port.out;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.ServiceDeployment;
import io.ecskit.domain.service.ServiceDeploymentBrief;
import io.ecskit.domain.service.ServiceDeploymentStatus;
import io.ecskit.domain.service.StopServiceDeploymentStopType;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * ECS's service deployments (the Oct 2024 API): every deployment of a service, from its source
 * revisions to its target revision, with its status, lifecycle stage, rollback and monitors. Unlike
 * DescribeServices' {@code deployments}, which keeps only the current ones, ECS keeps these
 * (ECS documents 90 days), so a caller can tell after the fact that a deployment rolled back.
 */
public interface ServiceDeploymentPort {

    /**
     * ListServiceDeployments: the service's deployments, newest first, optionally of the given
     * statuses only (empty: all). Errors: ClusterNotFound, ServiceNotFound, InvalidParameter.
     */
    Either<EcsError, Seq<ServiceDeploymentBrief>> list(ClusterName cluster, ServiceName service, Seq<ServiceDeploymentStatus> statuses);

    /** DescribeServiceDeployments: at most 20 ARNs a call; unknown ones are failures with reason MISSING. */
    Either<EcsError, Descriptions<ServiceDeployment>> describe(Seq<String> serviceDeploymentArns);

    /**
     * StopServiceDeployment: ROLLBACK (ECS's default) goes back to the source revision, ABORT stops
     * where it stands. Answers the deployment's ARN. Errors: ServiceDeploymentNotFound (as
     * InvalidParameter), ConflictException when it is not in progress.
     */
    Either<EcsError, String> stop(String serviceDeploymentArn, StopServiceDeploymentStopType stopType);

    /**
     * ContinueServiceDeployment (May 2026): answers a PAUSE lifecycle hook waiting in AWAITING_ACTION,
     * CONTINUE to go on, ROLLBACK to roll back. Errors: ServiceDeploymentNotFound, InvalidParameter
     * for a hook that is not waiting.
     */
    Either<EcsError, String> continueDeployment(String serviceDeploymentArn, String hookId,
                                                io.ecskit.domain.service.DeploymentLifecycleHookAction action);

    /**
     * DescribeServiceRevisions: at most 20 ARNs a call; each revision's task definition and service
     * settings, with the image digests resolved when it was created. Unknown ARNs are failures (MISSING).
     */
    Either<EcsError, Descriptions<io.ecskit.domain.service.ServiceRevision>> describeRevisions(Seq<String> serviceRevisionArns);
}
