package io.ecskit.port.in;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.task.Task;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Option;

/** Read-only views: families and revisions, services, and a service's tasks with why they stopped. */
public interface InspectEcs {

    /** Families (by prefix) with their ACTIVE revisions, oldest first. */
    Either<EcsError, Seq<TaskDefinitionArn>> taskDefinitions(Option<String> familyPrefix);

    /** Every family with its ACTIVE revisions, oldest first (ListTaskDefinitions). */
    default Either<EcsError, Seq<TaskDefinitionArn>> taskDefinitions() {
        return taskDefinitions(Option.none());
    }

    /** The cluster's services (ListServices); ClusterNotFound when there is no such cluster. */
    Either<EcsError, Seq<ServiceArn>> services(ClusterName cluster);

    /** The services as DescribeServices answers them, and a failure for each that is missing. */
    Either<EcsError, Descriptions<Service>> describeServices(ClusterName cluster, Seq<ServiceName> services);

    /** The service's running and stopped tasks (stop code and reason on the stopped ones). */
    Either<EcsError, Seq<Task>> tasks(ClusterName cluster, ServiceName service);
}
