package io.ecskit.port.in;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.vavr.control.Either;

import java.time.Duration;

/**
 * Rolls a service back to the newest revision, other than the one it runs, whose deployment
 * COMPLETED. ecskit marks a revision with the tag {@value #DEPLOYED_TAG} when a deploy of it succeeds;
 * ECS itself keeps no such history in DescribeServices.
 */
public interface RollbackService {

    String DEPLOYED_TAG = "ecskit:deployed-at";

    Either<EcsError, DeploymentOutcome> rollback(ClusterName cluster, ServiceName service, Duration timeout,
                                                 DeploymentProgress.Listener listener);
}
