package io.ecskit.contract;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentId;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.Members;
import io.ecskit.domain.service.ServiceDefaults;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.LaunchType;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** ServicePort as ECS behaves: names, statuses, deployments, describe failures (ECS-RULES §5). */
public abstract class ServicePortContract extends ContractTest {

    private ClusterName cluster;
    private String family;

    @BeforeEach
    void clusterAndTaskDefinition() {
        cluster = fixtures.cluster();
        family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
    }

    private Service create(ServiceName name, int desired) {
        return right(kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), desired).build()));
    }

    @Test
    void create_everyMember_isDescribedAsGiven() {
        requires(Capability.SERVICE_EVERY_MEMBER);
        ServiceName name = fixtures.serviceName();
        ServiceSpec spec = EveryFieldFixture.everyServiceField(cluster, name.value(), fixtures.network()).toBuilder()
                .taskDefinition(TaskDefinitionRef.latest(family)).build();
        // the fixture's strategy names FARGATE, which must be the cluster's before a strategy may (rule strategyProvidersAssociated)
        right(kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"), List.empty()));
        // its Service Connect service names port mapping "http" (rule serviceConnectPortName)
        var base = fixtures.fargate(family);
        right(kit.api().taskDefinitions().register(base.toBuilder().containerDefinitions(base.containerDefinitions().map(c -> c.toBuilder()
                .portMappings(c.portMappings().map(m -> m.toBuilder().name("http").build())).build())).build()));

        Service created = right(kit.api().services().create(spec));
        Service described = right(kit.api().services().describe(cluster, List.of(name))).found().single();

        // every CreateService member the service keeps is answered as given (role is answered as roleArn)
        for (String member : Members.names(ServiceSpec.class).filter(m -> Members.get(described, m).isDefined())
                .removeAll(List.of("cluster", "serviceName", "taskDefinition", "desiredCount"))) {
            assertThat(ServiceDefaults.normalized(member, Members.get(described, member).get())).as(member)
                    .isEqualTo(ServiceDefaults.normalized(member, Members.get(spec, member).get()));
        }
        assertThat(described.roleArn()).isEqualTo(spec.role());
        assertThat(described.desiredCount()).isEqualTo(2);
        assertThat(created.deployments().single().capacityProviderStrategy()).isEqualTo(spec.capacityProviderStrategy());
    }

    @Test
    void create_fargateService_isActiveWithLongArnAndOnePrimaryDeployment() {
        ServiceName name = fixtures.serviceName();

        Service service = create(name, 1);

        assertThat(service.status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(service.serviceArn().toString()).isEqualTo("arn:aws:ecs:" + kit.region() + ":" + kit.accountId()
                + ":service/" + cluster.value() + "/" + name.value());
        assertThat(service.taskDefinition().get().wire()).endsWith(":task-definition/" + family + ":1");
        assertThat(service.desiredCount()).isEqualTo(1);
        assertThat(service.launchType()).contains(LaunchType.FARGATE);
        assertThat(service.deployments()).hasSize(1);
        assertThat(service.deployments().head().status()).isEqualTo(DeploymentStatus.PRIMARY);
        assertThat(service.deployments().head().id().value()).startsWith("ecs-svc/");
    }

    @Test
    void create_whenNameIsAlreadyActive_isNotIdempotent() {
        requires(Capability.SERVICE_CREATE_CHECKS);
        ServiceName name = fixtures.serviceName();
        create(name, 0);

        assertError(kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), 0).build()),
                EcsError.InvalidParameter.class, "Creation of service was not idempotent.");
    }

    @Test
    void create_whenClusterIsUnknown_isClusterNotFound() {
        assertError(kit.api().services().create(fixtures.service(fixtures.clusterName(), fixtures.serviceName(),
                TaskDefinitionRef.latest(family), 0).build()), EcsError.ClusterNotFound.class, "Cluster not found.");
    }

    @Test
    void create_awsvpcWithoutNetworkConfiguration_isInvalidParameter() {
        requires(Capability.SERVICE_CREATE_CHECKS);
        assertError(kit.api().services().create(fixtures.service(cluster, fixtures.serviceName(), TaskDefinitionRef.latest(family), 0)
                        .networkConfiguration(Option.none()).build()), EcsError.InvalidParameter.class,
                "Network Configuration must be provided when networkMode 'awsvpc' is specified.");
    }

    @Test
    void create_fargateWithEc2OnlyDefinition_isInvalidParameter() {
        requires(Capability.SERVICE_CREATE_CHECKS);
        String ec2 = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.ec2(ec2)));

        assertError(kit.api().services().create(fixtures.service(cluster, fixtures.serviceName(), TaskDefinitionRef.latest(ec2), 0)
                        .networkConfiguration(Option.none()).build()), EcsError.InvalidParameter.class,
                "Task definition does not support launch_type FARGATE.");
    }

    @Test
    void create_withInactiveRevision_isRefusedAndCreatesNothing() {
        requires(Capability.SERVICE_CREATE_CHECKS);
        right(kit.api().taskDefinitions().deregister(TaskDefinitionRef.of(family, 1)));
        ServiceName name = fixtures.serviceName();

        assertThat(kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.of(family, 1), 0).build()).isLeft())
                .isTrue();
        assertThat(right(kit.api().services().describe(cluster, List.of(name))).found()).isEmpty();
    }

    @Test
    void update_whenServiceIsUnknown_isServiceNotFound() {
        assertError(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(fixtures.serviceName())
                .desiredCount(1).build()), EcsError.ServiceNotFound.class, "Service not found.");
    }

    @Test
    void update_desiredCountOnly_startsNoNewDeployment() {
        ServiceName name = fixtures.serviceName();
        DeploymentId first = create(name, 0).deployments().head().id();

        Service updated = right(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(name).desiredCount(2).build()));

        assertThat(updated.desiredCount()).isEqualTo(2);
        assertThat(updated.deployments().map(Deployment::id)).containsExactly(first);
    }

    @Test
    void update_newTaskDefinition_startsANewPrimaryDeployment() {
        requires(Capability.DEPLOYMENTS);
        ServiceName name = fixtures.serviceName();
        DeploymentId first = create(name, 1).deployments().head().id();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));

        Service updated = right(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(name)
                .taskDefinition(TaskDefinitionRef.of(family, 2)).build()));

        assertThat(updated.taskDefinition().get().wire()).endsWith(family + ":2");
        assertThat(updated.primaryDeployment().map(Deployment::id).get()).isNotEqualTo(first);
        assertThat(updated.deployment(first).map(Deployment::status)).contains(DeploymentStatus.ACTIVE);
    }

    @Test
    void delete_whenScaledAboveZero_isRefusedUnlessForced() {
        ServiceName name = fixtures.serviceName();
        create(name, 1);

        assertError(kit.api().services().delete(cluster, name, false), EcsError.InvalidParameter.class,
                "The service cannot be stopped while it is scaled above 0.");
        assertThat(right(kit.api().services().delete(cluster, name, true)).status()).isIn(ServiceStatus.DRAINING, ServiceStatus.INACTIVE);
    }

    @Test
    void delete_whenUnknown_isServiceNotFound() {
        assertError(kit.api().services().delete(cluster, fixtures.serviceName(), false), EcsError.ServiceNotFound.class,
                "Service not found.");
    }

    @Test
    void delete_goesDrainingThenInactive_stillDescribable_andUpdateIsNotActive() {
        requires(Capability.SERVICE_DRAINING);
        ServiceName name = fixtures.serviceName();
        create(name, 1);
        backend.passTime(Duration.ofMinutes(1));

        assertThat(right(kit.api().services().delete(cluster, name, true)).status()).isEqualTo(ServiceStatus.DRAINING);
        assertError(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(name).desiredCount(1).build()),
                EcsError.ServiceNotActive.class, "Service was not ACTIVE.");
        backend.passTime(Duration.ofMinutes(1));

        Descriptions<Service> described = right(kit.api().services().describe(cluster, List.of(name)));
        assertThat(described.found().map(Service::status)).containsExactly(ServiceStatus.INACTIVE);
        assertThat(right(kit.api().services().list(cluster)).map(arn -> arn.name())).doesNotContain(name);
    }

    @Test
    void describe_missingService_isAFailureWithReasonMissing() {
        ServiceName present = fixtures.serviceName();
        ServiceName missing = fixtures.serviceName();
        create(present, 0);

        Descriptions<Service> described = right(kit.api().services().describe(cluster, List.of(present, missing)));

        assertThat(described.found().map(Service::serviceName)).containsExactly(present);
        assertThat(described.failures()).hasSize(1);
        assertThat(described.failures().head().reason()).isEqualTo("MISSING");
        assertThat(described.failures().head().arn()).endsWith("/" + missing.value());
    }

    @Test
    void describe_missingService_namesItByItsLongArn() {
        requires(Capability.LONG_ARN_FAILURES);
        ServiceName missing = fixtures.serviceName();

        Descriptions<Service> described = right(kit.api().services().describe(cluster, List.of(missing)));

        assertThat(described.failures()).containsExactly(Descriptions.Failure.missing("arn:aws:ecs:" + kit.region() + ":"
                + kit.accountId() + ":service/" + cluster.value() + "/" + missing.value()));
    }

    @Test
    void describe_moreThanTenServices_findsThemAll() {
        List<ServiceName> names = List.range(0, 12).map(i -> fixtures.serviceName());
        names.forEach(n -> create(n, 0));

        assertThat(right(kit.api().services().describe(cluster, names)).found().map(Service::serviceName)).containsExactlyElementsOf(names);
        assertThat(right(kit.api().services().list(cluster)).map(arn -> arn.name())).containsAll(names);
    }

    @Test
    void rollout_withTasksStarting_reachesCompletedAndRunsTheDesiredCount() {
        requires(Capability.TASK_LIFECYCLE);
        ServiceName name = fixtures.serviceName();
        create(name, 2);

        backend.passTime(Duration.ofMinutes(2));

        Service service = right(kit.api().services().describe(cluster, List.of(name))).found().head();
        Deployment primary = service.primaryDeployment().get();
        assertThat(service.runningCount()).isEqualTo(2);
        assertThat(primary.rolloutState()).contains(DeploymentRolloutState.COMPLETED);
        assertThat(primary.rolloutStateReason()).contains("ECS deployment " + primary.id() + " completed.");
        assertThat(service.events().map(e -> e.message())).contains("(service " + name.value() + ") has reached a steady state.");
    }

    @Test
    void listByNamespace_findsTheServicesUsingAServiceConnectNamespace() {
        requires(Capability.SERVICE_CONNECT_NAMESPACES);
        ClusterName cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        ServiceName connected = fixtures.serviceName();
        right(kit.api().services().create(fixtures.service(cluster, connected, TaskDefinitionRef.latest(family), 0)
                .serviceConnectConfiguration(io.ecskit.domain.service.ServiceConnectConfiguration.builder().enabled(true)
                        .namespace("ns-contract").build()).build()));
        right(kit.api().services().create(fixtures.service(cluster, fixtures.serviceName(), TaskDefinitionRef.latest(family), 0).build()));

        var found = right(kit.api().services().listByNamespace("ns-contract"));

        assertThat(found.map(a -> a.name())).containsExactly(connected);
        assertThat(right(kit.api().services().listByNamespace("ns-nobody-uses"))).isEmpty();
    }

    @Test
    void create_withALaunchTypeAndAStrategy_isRefused_andNothingIsCreated() {
        requires(Capability.SERVICE_CREATE_CHECKS);
        ServiceName name = fixtures.serviceName();

        var refused = kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), 1)
                .capacityProviderStrategy(List.of(io.ecskit.domain.CapacityProviderStrategyItem.builder().capacityProvider("FARGATE_SPOT")
                        .weight(1).build())).build());

        // rule launchTypeOrStrategy
        assertError(refused, EcsError.InvalidParameter.class, io.ecskit.domain.EcsRule.LAUNCH_TYPE_OR_STRATEGY.message());
        assertThat(right(kit.api().services().describe(cluster, List.of(name))).found()).isEmpty();
    }
}
