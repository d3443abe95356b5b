package io.ecskit.port.in;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.vavr.control.Either;

import java.time.Duration;

/** Changes a service's desired count (no new deployment) and waits until that many tasks run. */
public interface ScaleService {

    Either<EcsError, DeploymentOutcome> scale(ClusterName cluster, ServiceName service, int desiredCount, Duration timeout,
                                              DeploymentProgress.Listener listener);
}
