package io.ecskit.contract;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.express.ExpressGatewayContainer;
import io.ecskit.domain.express.ExpressGatewayService;
import io.ecskit.domain.express.ExpressGatewayServiceNetworkConfiguration;
import io.ecskit.domain.express.ExpressGatewayServiceSpec;
import io.ecskit.domain.express.ExpressGatewayServiceStatusCode;
import io.ecskit.domain.express.ExpressGatewayServiceUpdate;
import io.ecskit.domain.service.ResourceManagementType;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.vavr.collection.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ExpressGatewayServicePort: Create/Update/Delete/DescribeExpressGatewayService, and the ECS service each one is
 * (DescribeServices, its task definition, its deployments). Rules cited by their ids in docs/ecs-rules.md.
 */
public abstract class ExpressGatewayServicePortContract extends ContractTest {

    private static final String INFRASTRUCTURE_ROLE = "arn:aws:iam::123456789012:role/ecsInfrastructureRoleForExpressServices";

    private ClusterName cluster;

    @BeforeEach
    void cluster() {
        requires(Capability.EXPRESS_GATEWAY_SERVICES);
        cluster = fixtures.cluster();
    }

    private io.ecskit.domain.express.ExpressGatewayServiceSpecBuilder express(String name, String image) {
        return ExpressGatewayServiceSpec.builder().infrastructureRoleArn(INFRASTRUCTURE_ROLE).cluster(cluster).serviceName(name)
                .executionRoleArn(backend.executionRoleArn())
                .primaryContainer(ExpressGatewayContainer.builder().image(image).build())
                .networkConfiguration(ExpressGatewayServiceNetworkConfiguration.builder().subnets(List.ofAll(backend.subnets()))
                        .securityGroups(List.ofAll(backend.securityGroups())).build());
    }

    @Test
    void create_runsTheContainerAsAFargateServiceEcsManages() {
        String name = fixtures.serviceName().value();

        ExpressGatewayService created = right(kit.api().expressGatewayServices().create(express(name, ContractFixtures.IMAGE).build()));

        assertThat(created.status().flatMap(s -> s.statusCode())).contains(ExpressGatewayServiceStatusCode.ACTIVE);
        assertThat(created.serviceArn().get()).endsWith(":service/" + cluster.value() + "/" + name);
        assertThat(created.activeConfigurations()).hasSize(1);
        var configuration = created.activeConfigurations().head();
        assertThat(configuration.healthCheckPath()).contains("/ping");
        assertThat(configuration.cpu()).contains("256");
        assertThat(configuration.memory()).contains("512");
        assertThat(configuration.ingressPaths()).isNotEmpty();
        assertThat(configuration.ingressPaths().head().endpoint()).isNotBlank();
        RegisteredTaskDefinition td = right(kit.api().taskDefinitions().describe(io.ecskit.domain.arn.TaskDefinitionRef
                .parse(configuration.taskDefinitionArn().get()).get())).get();
        assertThat(td.definition().container("Main").flatMap(c -> c.image())).contains(ContractFixtures.IMAGE);
        assertThat(td.definition().container("Main").get().portMappings().head().containerPort()).contains(80);
        Service service = right(kit.api().services().describe(cluster, List.of(new ServiceName(name)))).found().head();
        assertThat(service.launchType()).contains(LaunchType.FARGATE);
        assertThat(service.resourceManagementType()).contains(ResourceManagementType.ECS);
        assertThat(service.desiredCount()).isEqualTo(1);
    }

    @Test
    void update_deploysANewRevision_andTheOldConfigurationGoesWhenItsDeploymentEnds() {
        requires(Capability.TASK_LIFECYCLE);
        String name = fixtures.serviceName().value();
        ExpressGatewayService created = right(kit.api().expressGatewayServices().create(express(name, ContractFixtures.IMAGE).build()));
        backend.passTime(Duration.ofMinutes(3));

        var updated = right(kit.api().expressGatewayServices().update(ExpressGatewayServiceUpdate.builder()
                .serviceArn(created.serviceArn().get()).healthCheckPath("/healthz")
                .primaryContainer(ExpressGatewayContainer.builder().image(ContractFixtures.IMAGE).containerPort(8080).build()).build()));
        ExpressGatewayService rolling = right(kit.api().expressGatewayServices().describe(created.serviceArn().get(), false));
        backend.passTime(Duration.ofMinutes(10));
        ExpressGatewayService done = right(kit.api().expressGatewayServices().describe(created.serviceArn().get(), false));

        assertThat(updated.targetConfiguration().flatMap(c -> c.healthCheckPath())).contains("/healthz");
        assertThat(updated.targetConfiguration().flatMap(c -> c.serviceRevisionArn()))
                .isNotEqualTo(created.activeConfigurations().head().serviceRevisionArn());
        assertThat(rolling.activeConfigurations()).hasSize(2);
        assertThat(done.activeConfigurations().map(c -> c.healthCheckPath().get())).containsExactly("/healthz");
        assertThat(done.activeConfigurations().head().primaryContainer().get().containerPort()).contains(8080);
    }

    @Test
    void delete_drainsTheService_andDescribeShowsIt() {
        String name = fixtures.serviceName().value();
        ExpressGatewayService created = right(kit.api().expressGatewayServices().create(express(name, ContractFixtures.IMAGE).build()));

        ExpressGatewayService deleted = right(kit.api().expressGatewayServices().delete(created.serviceArn().get()));

        assertThat(deleted.status().flatMap(s -> s.statusCode())).contains(ExpressGatewayServiceStatusCode.DRAINING);
        assertThat(right(kit.api().services().describe(cluster, List.of(new ServiceName(name)))).found().head().status())
                .isIn(ServiceStatus.DRAINING, ServiceStatus.INACTIVE);
        assertErrorType(kit.api().expressGatewayServices().delete(created.serviceArn().get()), EcsError.ServiceNotActive.class);
    }

    @Test
    void create_refusesAContainerAndADefinitionTogether_andNeither_creatingNothing() {
        String name = fixtures.serviceName().value();

        var both = kit.api().expressGatewayServices().create(express(name, ContractFixtures.IMAGE)
                .taskDefinitionArn("arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":task-definition/web:1").build());
        var neither = kit.api().expressGatewayServices().create(ExpressGatewayServiceSpec.builder()
                .infrastructureRoleArn(INFRASTRUCTURE_ROLE).cluster(cluster).serviceName(name).build());

        assertError(both, EcsError.InvalidParameter.class, EcsRule.EXPRESS_DEFINITION_EXCLUSIVE.message("primaryContainer"));
        assertError(neither, EcsError.InvalidParameter.class, EcsRule.EXPRESS_CONTAINER_OR_DEFINITION.message());
        assertThat(right(kit.api().services().describe(cluster, List.of(new ServiceName(name)))).found()).isEmpty();
    }

    @Test
    void describe_ofAnUnknownService_isResourceNotFound_andOfAnOrdinaryOne_isRefused() {
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        ServiceName ordinary = fixtures.serviceName();
        Service plain = right(kit.api().services().create(fixtures.service(cluster, ordinary,
                io.ecskit.domain.arn.TaskDefinitionRef.latest(family), 0).build()));
        String unknown = plain.serviceArn().toString().replace(ordinary.value(), "missing-service");

        assertErrorType(kit.api().expressGatewayServices().describe(unknown, false), EcsError.ResourceNotFound.class);
        assertError(kit.api().expressGatewayServices().describe(plain.serviceArn().toString(), false), EcsError.InvalidParameter.class,
                EcsRule.EXPRESS_SERVICE_ONLY.message(plain.serviceArn().toString()));
    }
}
