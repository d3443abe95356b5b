package io.ecskit.port.out;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** ECS services of one cluster at a time. */
public interface ServicePort {

    /** CreateService. A name already ACTIVE or DRAINING in the cluster: InvalidParameter (SERVICE_CREATION_IDEMPOTENT). */
    Either<EcsError, Service> create(ServiceSpec spec);

    /** UpdateService: ServiceNotFound when unknown, ServiceNotActive when DRAINING or INACTIVE. */
    Either<EcsError, Service> update(ServiceUpdate update);

    /** DeleteService: refused above 0 desired tasks unless {@code force}; ACTIVE → DRAINING → INACTIVE. */
    Either<EcsError, Service> delete(ClusterName cluster, ServiceName name, boolean force);

    /** DescribeServices for any number of names (the adapter batches by 10); missing ones are failures. */
    Either<EcsError, Descriptions<Service>> describe(ClusterName cluster, Seq<ServiceName> names);

    /** ListServices, every page. */
    Either<EcsError, Seq<ServiceArn>> list(ClusterName cluster);

    /**
     * ListServicesByNamespace, every page: the services of every cluster of the region whose Service Connect
     * configuration uses {@code namespace} (a Cloud Map namespace name or ARN; a service enabled without one uses its
     * cluster's default namespace).
     */
    Either<EcsError, io.vavr.collection.Seq<io.ecskit.domain.arn.ServiceArn>> listByNamespace(String namespace);
}
