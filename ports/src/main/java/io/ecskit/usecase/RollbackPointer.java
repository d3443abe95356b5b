package io.ecskit.usecase;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionComparison;
import io.ecskit.port.in.RollbackService;
import io.ecskit.port.out.TaskDefinitionPort;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * ecskit's rollback memory, kept in ECS itself without a call of its own: a revision ecskit
 * registers carries the tag {@value RollbackService#ROLLBACK_TAG} naming the newest revision whose
 * deployment had COMPLETED at that moment. DescribeServices forgets a deployment once it is
 * replaced, so this is the only history there is without ListServiceDeployments.
 */
final class RollbackPointer {

    private RollbackPointer() {
    }

    /**
     * What a revision registered now should point to: the service's PRIMARY revision when its
     * deployment COMPLETED, else whatever that revision points to itself. None for a new service.
     */
    static Either<EcsError, Option<String>> lastCompleted(TaskDefinitionPort taskDefinitions, Option<Service> service) {
        if (service.isEmpty()) {
            return Either.right(Option.none());
        }
        Option<Deployment> primary = service.get().primaryDeployment();
        if (primary.exists(d -> d.rolloutState().contains(DeploymentRolloutState.COMPLETED))) {
            return Either.right(primary.get().taskDefinition().filter(ref -> ref.revision().isDefined()).map(TaskDefinitionRef::toString));
        }
        Either<EcsError, Option<String>> pointed = ServiceSupport.running(taskDefinitions, service.get())
                .map(running -> target(running.definition()).map(TaskDefinitionRef::toString));
        // bookkeeping must not fail a deploy: a revision that cannot be described points nowhere
        return pointed.isLeft() && pointed.getLeft() instanceof EcsError.ClientError ? Either.right(Option.none()) : pointed;
    }

    /** {@code desired} with the pointer (when there is one) instead of any ecskit tag it came with. */
    static TaskDefinition pointing(TaskDefinition desired, Option<String> target) {
        var own = desired.tags().filter(t -> !t.key().exists(k -> k.startsWith(TaskDefinitionComparison.ECSKIT_TAG_PREFIX)));
        return desired.toBuilder().tags(own.appendAll(target.map(t -> Tag.of(RollbackService.ROLLBACK_TAG, t)))).build();
    }

    /** The revision {@code running} points back to. */
    static Option<TaskDefinitionRef> target(TaskDefinition running) {
        return running.tags().find(t -> t.key().contains(RollbackService.ROLLBACK_TAG))
                .flatMap(Tag::value)
                .flatMap(value -> TaskDefinitionRef.parse(value).toOption())
                .filter(ref -> ref.revision().isDefined());
    }
}
