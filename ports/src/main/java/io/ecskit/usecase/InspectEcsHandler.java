package io.ecskit.usecase;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.in.InspectEcs;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.ServicePort;
import io.ecskit.port.out.TaskDefinitionPort;
import io.ecskit.port.out.TaskPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** {@link InspectEcs} over the driven ports; the ports already page and batch. */
public final class InspectEcsHandler implements InspectEcs {

    private final TaskDefinitionPort taskDefinitions;
    private final ServicePort services;
    private final TaskPort tasks;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public InspectEcsHandler(TaskDefinitionPort taskDefinitions, ServicePort services, TaskPort tasks) {
        this.taskDefinitions = taskDefinitions;
        this.services = services;
        this.tasks = tasks;
    }

    @Override
    public Either<EcsError, Seq<TaskDefinitionArn>> taskDefinitions(Option<String> familyPrefix) {
        return taskDefinitions.listFamilies(familyPrefix, TaskDefinitionStatus.ACTIVE).flatMap(families -> {
            Either<EcsError, Seq<TaskDefinitionArn>> all = Either.right(List.empty());
            for (String family : families) {
                all = all.flatMap(sofar -> taskDefinitions.list(Option.of(family), TaskDefinitionStatus.ACTIVE).map(sofar::appendAll));
            }
            return all;
        });
    }

    @Override
    public Either<EcsError, Seq<ServiceArn>> services(ClusterName cluster) {
        return services.list(cluster);
    }

    @Override
    public Either<EcsError, Descriptions<Service>> describeServices(ClusterName cluster, Seq<ServiceName> names) {
        return services.describe(cluster, names);
    }

    @Override
    public Either<EcsError, Seq<Task>> tasks(ClusterName cluster, ServiceName service) {
        return tasks.list(cluster, Option.of(service), TaskStatus.RUNNING)
                .flatMap(running -> tasks.list(cluster, Option.of(service), TaskStatus.STOPPED).map(running::appendAll))
                .flatMap(arns -> arns.isEmpty() ? Either.right(List.<Task>empty()) : tasks.describe(cluster, arns).map(d -> d.found()));
    }
}
