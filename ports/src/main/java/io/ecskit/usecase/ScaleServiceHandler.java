package io.ecskit.usecase;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.ScaleService;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TimeSource;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** {@link ScaleService}: UpdateService with only desiredCount, then follow the primary deployment to steady state. */
public final class ScaleServiceHandler implements ScaleService {

    private final ServicePort services;
    private final DeploymentFollower follower;
    private final TimeSource time;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public ScaleServiceHandler(ServicePort services, DeploymentFollower follower, TimeSource time) {
        this.services = services;
        this.follower = follower;
        this.time = time;
    }

    @Override
    public Either<EcsError, DeploymentOutcome> scale(Command command, DeploymentProgress.Listener listener) {
        return ServiceSupport.whenValid(command.violations(), () -> {
            var started = time.now();
            return services.update(ServiceUpdate.builder().cluster(command.cluster()).service(command.service())
                            .desiredCount(command.desiredCount()).build())
                    // a count-only update starts no deployment: follow the PRIMARY one to steady state
                    .flatMap(ServiceSupport::primaryId)
                    .flatMap(id -> follower.follow(command.cluster(), command.service(), id, started, command.timeout(), listener, false));
        });
    }
}
