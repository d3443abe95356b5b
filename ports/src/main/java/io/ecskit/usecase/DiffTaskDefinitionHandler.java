package io.ecskit.usecase;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.ecskit.port.in.DiffTaskDefinition;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** {@link DiffTaskDefinition}: the live revision against the desired one, after normalising ECS's defaults. */
public final class DiffTaskDefinitionHandler implements DiffTaskDefinition {

    private final ServicePort services;
    private final TaskDefinitionPort taskDefinitions;

    @Inject
    public DiffTaskDefinitionHandler(ServicePort services, TaskDefinitionPort taskDefinitions) {
        this.services = services;
        this.taskDefinitions = taskDefinitions;
    }

    @Override
    public Either<EcsError, Seq<TaskDefinitionDiff.Change>> diff(TaskDefinition desired, ClusterName cluster, ServiceName service) {
        return ServiceSupport.activeService(services, cluster, service)
                .flatMap(s -> ServiceSupport.running(taskDefinitions, s))
                .map(live -> TaskDefinitionDiff.between(live.definition(), desired));
    }

    @Override
    public Either<EcsError, Seq<TaskDefinitionDiff.Change>> diffWithLatest(TaskDefinition desired) {
        return taskDefinitions.describe(TaskDefinitionRef.latest(desired.family())).map(live -> live
                .map(l -> TaskDefinitionDiff.between(l.definition(), desired))
                .getOrElse(() -> TaskDefinitionDiff.between(TaskDefinition.builder().family(desired.family()).build(), desired)));
    }
}
