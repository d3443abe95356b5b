package io.ecskit.usecase;

import io.ecskit.domain.arn.ServiceName;
import io.vavr.collection.List;
import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.ecskit.domain.taskdef.TaskDefinitionDiff.Change;
import io.ecskit.port.in.DiffTaskDefinition;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * {@link DiffTaskDefinition}: the live revision against the desired one after normalising ECS's
 * defaults, and the service settings through {@link ServiceChanges}, the comparison deploy itself uses.
 */
public final class DiffTaskDefinitionHandler implements DiffTaskDefinition {

    private final ServicePort services;
    private final TaskDefinitionPort taskDefinitions;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public DiffTaskDefinitionHandler(ServicePort services, TaskDefinitionPort taskDefinitions) {
        this.services = services;
        this.taskDefinitions = taskDefinitions;
    }

    @Override
    public Either<EcsError, Seq<Change>> diff(Command command) {
        if (command instanceof AgainstService against) {
            var deploy = against.deploy();
            // settings left out are kept as they are (a diff needs no network configuration); only the name must be valid
            Seq<Violation> badName = ServiceName.parse(deploy.service().serviceName()).fold(List::of, ok -> List.empty());
            return ServiceSupport.whenValid(badName, () -> {
                ServiceName name = deploy.serviceName().get();
                return ServiceSupport.activeService(services, deploy.cluster(), name)
                        .flatMap(live -> ServiceSupport.running(taskDefinitions, live)
                                .map(running -> TaskDefinitionDiff.between(running.definition(), deploy.taskDefinition())
                                        .appendAll(ServiceChanges.between(live, deploy.service(), deploy.cluster(), name).fields())));
            });
        }
        TaskDefinition desired = command.desired();
        return taskDefinitions.describe(TaskDefinitionRef.latest(desired.family())).map(live -> TaskDefinitionDiff.between(
                live.map(l -> l.definition()).getOrElse(() -> TaskDefinition.builder().family(desired.family()).build()), desired));
    }
}
