package io.ecskit.usecase;

import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TimeSource;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** {@link RollbackService}: the revision the running one points back to, then UpdateService and follow. */
public final class RollbackServiceHandler implements RollbackService {

    private final ServicePort services;
    private final TaskDefinitionPort taskDefinitions;
    private final DeploymentFollower follower;
    private final TimeSource time;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public RollbackServiceHandler(ServicePort services, TaskDefinitionPort taskDefinitions, DeploymentFollower follower,
                                  TimeSource time) {
        this.services = services;
        this.taskDefinitions = taskDefinitions;
        this.follower = follower;
        this.time = time;
    }

    @Override
    public Either<EcsError, DeploymentOutcome> rollback(Command command, DeploymentProgress.Listener listener) {
        return ServiceSupport.whenValid(command.violations(), () -> {
            var started = time.now();
            return ServiceSupport.activeService(services, command.cluster(), command.service())
                    .flatMap(this::target)
                    // an UpdateService whose answer was lost took effect when the service runs the target (read back)
                    .flatMap(target -> ServiceSupport.writeOrFind(
                            () -> services.update(ServiceUpdate.builder().cluster(command.cluster()).service(command.service())
                                    .taskDefinition(target.taskDefinitionArn().ref()).build()),
                            () -> ServiceSupport.activeService(services, command.cluster(), command.service())
                                    .map(now -> Option.of(now).filter(s -> s.taskDefinition()
                                            .exists(ref -> ref.sameRevision(target.taskDefinitionArn().ref()))))))
                    .flatMap(ServiceSupport::primaryId)
                    .flatMap(id -> follower.follow(command.cluster(), command.service(), id, started, command.timeout(), listener, false));
        });
    }

    /** The revision the running one points back to, if it is still ACTIVE. */
    private Either<EcsError, RegisteredTaskDefinition> target(Service service) {
        return ServiceSupport.running(taskDefinitions, service).flatMap(running -> RollbackPointer.target(running.definition())
                .map(ref -> taskDefinitions.describe(ref).map(found -> found.filter(r -> r.status() == TaskDefinitionStatus.ACTIVE)))
                .getOrElse(() -> Either.right(Option.none()))
                .flatMap(found -> found.toEither(() -> (EcsError) EcsError.InvalidParameter.of("No revision before "
                        + running.family() + ":" + running.revision() + " completed a deployment that ecskit made;"
                        + " nothing to roll back to."))));
    }
}
