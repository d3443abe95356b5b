package io.ecskit.usecase;

import io.ecskit.domain.arn.TaskDefinitionArn;
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
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** {@link RollbackService}: newest other revision tagged as deployed, then UpdateService and follow. */
public final class RollbackServiceHandler implements RollbackService {

    private final ServicePort services;
    private final TaskDefinitionPort taskDefinitions;
    private final DeploymentFollower follower;
    private final TimeSource time;

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
                    .flatMap(target -> services.update(ServiceUpdate.builder().cluster(command.cluster()).name(command.service())
                            .taskDefinition(TaskDefinitionRef.of(target.family(), target.revision())).build()))
                    .flatMap(updated -> follower.follow(command.cluster(), command.service(),
                            updated.primaryDeployment().map(d -> d.id()).getOrElse(""), started, command.timeout(), listener, false));
        });
    }

    /** The newest revision of the service's family, other than the running one, that ecskit saw deployed. */
    private Either<EcsError, RegisteredTaskDefinition> target(Service service) {
        Option<TaskDefinitionRef> current = TaskDefinitionRef.parse(service.taskDefinition()).toOption()
                .filter(ref -> ref.revision().isDefined());
        if (current.isEmpty()) {
            return Either.left(EcsError.ClientError.of("Unable to describe task definition."));
        }
        String family = current.get().family();
        return taskDefinitions.list(Option.of(family), TaskDefinitionStatus.ACTIVE).flatMap(arns -> {
            Seq<TaskDefinitionArn> candidates = arns.filter(a -> a.revision() != current.get().revision().get()).reverse();
            for (TaskDefinitionArn arn : candidates) {
                var described = taskDefinitions.describe(TaskDefinitionRef.of(arn.family(), arn.revision()));
                if (described.isLeft()) {
                    return Either.left(described.getLeft());
                }
                if (described.get().exists(r -> r.definition().tags().exists(t -> t.key().equals(DEPLOYED_TAG)))) {
                    return Either.right(described.get().get());
                }
            }
            return Either.left(EcsError.InvalidParameter.of("No earlier revision of " + family
                    + " was deployed successfully by ecskit; nothing to roll back to."));
        });
    }
}
