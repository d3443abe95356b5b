package io.ecskit.usecase;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.ScaleService;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TimeSource;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

import java.time.Duration;

/** {@link ScaleService}: UpdateService with only desiredCount, then follow the primary deployment to steady state. */
public final class ScaleServiceHandler implements ScaleService {

    private final ServicePort services;
    private final DeploymentFollower follower;
    private final TimeSource time;

    @Inject
    public ScaleServiceHandler(ServicePort services, DeploymentFollower follower, TimeSource time) {
        this.services = services;
        this.follower = follower;
        this.time = time;
    }

    @Override
    public Either<EcsError, DeploymentOutcome> scale(ClusterName cluster, ServiceName service, int desiredCount, Duration timeout,
                                                     DeploymentProgress.Listener listener) {
        if (desiredCount < 0) {
            return Either.left(new EcsError.Invalid(List.of(Violation.invalidParameter("desiredCount",
                    "desiredCount can not be negative."))));
        }
        var started = time.now();
        return services.update(ServiceUpdate.builder().cluster(cluster).name(service).desiredCount(desiredCount).build())
                .flatMap(s -> follower.follow(cluster, service, s.primaryDeployment().map(d -> d.id()).getOrElse(""), started,
                        timeout, listener, false));
    }
}
