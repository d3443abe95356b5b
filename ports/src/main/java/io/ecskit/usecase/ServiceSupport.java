package io.ecskit.usecase;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Lookups the service-changing use cases share: the ACTIVE service, and the revision it runs. */
final class ServiceSupport {

    private ServiceSupport() {
    }

    static Either<EcsError, Service> activeService(ServicePort services, ClusterName cluster, ServiceName name) {
        return services.describe(cluster, List.of(name)).flatMap(d -> d.found().find(s -> s.status() == ServiceStatus.ACTIVE)
                .toEither(() -> (EcsError) EcsError.ServiceNotFound.of()));
    }

    /** ECS names the revision by ARN; some emulators (moto after UpdateService) echo {@code family:revision}. */
    static Either<EcsError, RegisteredTaskDefinition> running(TaskDefinitionPort taskDefinitions, Service service) {
        return TaskDefinitionRef.parse(service.taskDefinition()).toEither()
                .mapLeft(violations -> (EcsError) EcsError.ClientError.of("Unable to describe task definition."))
                .flatMap(taskDefinitions::describe)
                .flatMap(found -> found.toEither(() -> (EcsError) EcsError.ClientError.of("Unable to describe task definition.")));
    }
}
