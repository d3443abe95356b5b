package io.ecskit.usecase;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentId;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.Supplier;

/** What the use cases share: command checks first, the ACTIVE service, the revision it runs. */
final class ServiceSupport {

    private ServiceSupport() {
    }

    /** Every violation at once as {@code EcsError.Invalid}, before any AWS call; else what {@code then} answers. */
    static <T> Either<EcsError, T> whenValid(Seq<Violation> violations, Supplier<Either<EcsError, T>> then) {
        return violations.isEmpty() ? then.get() : Either.left(new EcsError.Invalid(violations));
    }

    /** Writes in all, when each answer was lost and the state shows the write did not happen. */
    static final int WRITES_WHEN_OUTCOME_UNKNOWN = 3;

    /**
     * A write that is not safe to repeat blindly ({@link EcsError.OutcomeUnknown} when its answer was
     * lost): then {@code find} reads the state for what the write makes. Found: that is the answer (the
     * write took effect). Not found: it did not, and it is made again, up to
     * {@value #WRITES_WHEN_OUTCOME_UNKNOWN} writes in all. A read that fails, or the last write's
     * unknown outcome, answers the OutcomeUnknown.
     */
    static <T> Either<EcsError, T> writeOrFind(Supplier<Either<EcsError, T>> write, Supplier<Either<EcsError, Option<T>>> find) {
        Either<EcsError, T> answer = write.get();
        for (int writes = 1; answer.isLeft() && answer.getLeft() instanceof EcsError.OutcomeUnknown; writes++) {
            Either<EcsError, Option<T>> found = find.get();
            if (found.isRight() && found.get().isDefined()) {
                return Either.right(found.get().get());
            }
            if (found.isLeft() || writes == WRITES_WHEN_OUTCOME_UNKNOWN) {
                return answer;
            }
            answer = write.get();
        }
        return answer;
    }

    /** The deployment ECS rolls out now: the PRIMARY one (a fresh UpdateService or CreateService answer has it). */
    static Either<EcsError, DeploymentId> primaryId(Service service) {
        return service.primaryDeployment().orElse(service.deployments().headOption()).map(Deployment::id)
                .toEither(() -> EcsError.ClientError.of("The service " + service.serviceName() + " reports no deployment."));
    }

    static Either<EcsError, Service> activeService(ServicePort services, ClusterName cluster, ServiceName name) {
        return services.describe(cluster, List.of(name)).flatMap(d -> d.found().find(s -> s.status() == ServiceStatus.ACTIVE)
                .toEither(() -> (EcsError) EcsError.ServiceNotFound.of()));
    }

    /** ECS names the revision by ARN; some emulators (moto after UpdateService) echo {@code family:revision}. */
    static Either<EcsError, RegisteredTaskDefinition> running(TaskDefinitionPort taskDefinitions, Service service) {
        return service.taskDefinition()
                .toEither(() -> (EcsError) EcsError.ClientError.of("Unable to describe task definition."))
                .flatMap(ref -> taskDefinitions.describe(ref))
                .flatMap(found -> found.toEither(() -> (EcsError) EcsError.ClientError.of("Unable to describe task definition.")));
    }
}
