package io.ecskit.port.out;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.express.ExpressGatewayService;
import io.ecskit.domain.express.ExpressGatewayServiceSpec;
import io.ecskit.domain.express.ExpressGatewayServiceUpdate;
import io.ecskit.domain.express.UpdatedExpressGatewayService;
import io.vavr.control.Either;

/**
 * ECS Express Gateway services: a Fargate service ECS creates from one container (or a task definition), with the load
 * balancer, scaling and logs it manages. The service is an ECS service like any other (DescribeServices shows it, with
 * resourceManagementType ECS); each configuration is a service revision, and an update deploys a new one. Errors as
 * ECS answers them: ClusterNotFoundException, ServiceNotFoundException, ServiceNotActiveException,
 * ResourceNotFoundException (Describe of an unknown service, rule expressServiceFound), InvalidParameterException for
 * what the rules expressContainerOrDefinition, expressDefinitionExclusive, expressDefinitionMainContainer and
 * expressServiceOnly refuse, and ClientException for the task definition it would register. Source: ECS API reference,
 * Create/Update/Delete/DescribeExpressGatewayService.
 */
public interface ExpressGatewayServicePort {

    /**
     * CreateExpressGatewayService: registers the task definition (family = the service's name; container {@code Main},
     * Fargate, awsvpc, 256 CPU units and 512 MiB unless given) and creates the service (desired count the scaling
     * target's minimum, 1 by default), ACTIVE with one active configuration. The {@code default} cluster is created
     * when it does not exist; a service name is generated when none is given.
     */
    Either<EcsError, ExpressGatewayService> create(ExpressGatewayServiceSpec spec);

    /** UpdateExpressGatewayService: a new configuration (the current one with what is given replaced) deployed as a new revision. */
    Either<EcsError, UpdatedExpressGatewayService> update(ExpressGatewayServiceUpdate update);

    /** DeleteExpressGatewayService: the service goes DRAINING (its tasks stop), then INACTIVE. */
    Either<EcsError, ExpressGatewayService> delete(String serviceArn);

    /** DescribeExpressGatewayService: the service with its active configurations (two while a deployment is under way); tags only when asked. */
    Either<EcsError, ExpressGatewayService> describe(String serviceArn, boolean includeTags);
}
