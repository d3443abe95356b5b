package io.ecskit.contract;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity as ECS has it (issue 22 item 3): FARGATE and FARGATE_SPOT must be the cluster's before a strategy names
 * them; a service without launch type or strategy takes the cluster's default; tasks land on providers by base and
 * weight and show it as capacityProviderName; moving to a strategy needs a forced deployment; Spot tasks can be
 * interrupted and are replaced.
 */
public abstract class CapacityContract extends ContractTest {

    private static final List<CapacityProviderStrategyItem> ONE_ON_DEMAND_THEN_FOUR_SPOT = List.of(
            new CapacityProviderStrategyItem("FARGATE", Option.of(1), Option.of(1)),
            new CapacityProviderStrategyItem("FARGATE_SPOT", Option.of(4), Option.of(0)));

    private ClusterName cluster;
    private String family;

    @BeforeEach
    void clusterAndDefinition() {
        cluster = fixtures.cluster();
        family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
    }

    private Seq<Task> tasksOf(ServiceName service) {
        Seq<TaskArn> arns = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING));
        return arns.isEmpty() ? List.empty() : right(kit.api().tasks().describe(cluster, arns)).found();
    }

    @Test
    void aStrategyNamingAProviderTheClusterLacks_isRefused_atCreateServiceAndRunTask_creatingNothing() {
        requires(Capability.CAPACITY_PROVIDER_CHECKS);
        ServiceName name = fixtures.serviceName();
        var spot = List.of(new CapacityProviderStrategyItem("FARGATE_SPOT", Option.of(1), Option.none()));

        var service = kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), 1)
                .unsetLaunchType().capacityProviderStrategy(spot).build());
        var task = kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network())
                .toBuilder().unsetLaunchType().capacityProviderStrategy(spot).build());

        // rule strategyProvidersAssociated
        assertError(service, EcsError.InvalidParameter.class, EcsRule.STRATEGY_PROVIDERS_ASSOCIATED.message());
        assertError(task, EcsError.InvalidParameter.class, EcsRule.STRATEGY_PROVIDERS_ASSOCIATED.message());
        assertThat(right(kit.api().services().list(cluster))).isEmpty();
        assertThat(right(kit.api().tasks().list(cluster, Option.none(), TaskStatus.RUNNING))).isEmpty();
    }

    @Test
    void aServiceWithoutLaunchTypeOrStrategy_takesTheClusterDefault_andItsTasksLandByBaseAndWeight() {
        requires(Capability.CAPACITY_PROVIDER_CHECKS);
        requires(Capability.TASK_LIFECYCLE);
        right(kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"), ONE_ON_DEMAND_THEN_FOUR_SPOT));
        ServiceName name = fixtures.serviceName();

        Service created = right(kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), 5)
                .unsetLaunchType().build()));
        backend.passTime(Duration.ofMinutes(2));

        assertThat(created.launchType()).isEmpty();
        assertThat(created.capacityProviderStrategy().map(CapacityProviderStrategyItem::capacityProvider))
                .containsExactly("FARGATE", "FARGATE_SPOT");
        Seq<Task> tasks = tasksOf(name);
        assertThat(tasks).hasSize(5);
        assertThat(tasks.map(t -> t.capacityProviderName().get()).groupBy(p -> p).mapValues(Seq::size))
                .isEqualTo(io.vavr.collection.HashMap.of("FARGATE", 1, "FARGATE_SPOT", 4));
        assertThat(tasks.map(Task::launchType)).containsOnly(Option.of(LaunchType.FARGATE));
    }

    @Test
    void runTask_withAStrategy_placesEachTaskOnAProvider() {
        requires(Capability.CAPACITY_PROVIDER_CHECKS);
        requires(Capability.RUN_TASK);
        right(kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"), List.empty()));

        Seq<Task> tasks = right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network())
                .toBuilder().unsetLaunchType().capacityProviderStrategy(ONE_ON_DEMAND_THEN_FOUR_SPOT).count(3).build())).found();

        assertThat(tasks.map(t -> t.capacityProviderName().get())).containsExactly("FARGATE", "FARGATE_SPOT", "FARGATE_SPOT");
    }

    @Test
    void movingAServiceFromALaunchTypeToAStrategy_needsAForcedDeployment() {
        requires(Capability.CAPACITY_PROVIDER_CHECKS);
        requires(Capability.DEPLOYMENTS);
        right(kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"), List.empty()));
        ServiceName name = fixtures.serviceName();
        right(kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), 1).build()));
        var toSpot = ServiceUpdate.builder().cluster(cluster).service(name)
                .capacityProviderStrategy(List.of(new CapacityProviderStrategyItem("FARGATE_SPOT", Option.of(1), Option.of(0))));

        var refused = kit.api().services().update(toSpot.build());
        Service moved = right(kit.api().services().update(toSpot.forceNewDeployment(true).build()));

        // rule strategyChangeForcesDeployment
        assertError(refused, EcsError.InvalidParameter.class, EcsRule.STRATEGY_CHANGE_FORCES_DEPLOYMENT.message());
        assertThat(moved.launchType()).isEmpty();
        assertThat(moved.capacityProviderStrategy().map(CapacityProviderStrategyItem::capacityProvider)).containsExactly("FARGATE_SPOT");
        assertThat(moved.deployments()).hasSize(2);
    }

    @Test
    void aSpotInterruption_stopsTheSpotTasksWithItsCode_andTheServiceReplacesThem() {
        requires(Capability.CAPACITY_PROVIDER_CHECKS);
        requires(Capability.TASK_LIFECYCLE);
        requires(Capability.FAULT_INJECTION);
        right(kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"), ONE_ON_DEMAND_THEN_FOUR_SPOT));
        ServiceName name = fixtures.serviceName();
        right(kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), 3)
                .unsetLaunchType().build()));
        backend.passTime(Duration.ofMinutes(2));

        Seq<TaskArn> interrupted = backend.interruptSpotTasks(cluster);
        backend.passTime(Duration.ofMinutes(3));

        assertThat(interrupted).hasSize(2);
        Seq<Task> stopped = right(kit.api().tasks().describe(cluster, interrupted)).found();
        assertThat(stopped.map(Task::lastStatus)).containsOnly(TaskStatus.STOPPED);
        assertThat(stopped.map(Task::stopCode)).containsOnly(Option.of(TaskStopCode.SPOT_INTERRUPTION));
        assertThat(stopped.map(Task::stoppedReason)).containsOnly(Option.of(EcsRule.SPOT_INTERRUPTION.message()));
        Seq<Task> running = tasksOf(name);
        assertThat(running).hasSize(3);
        assertThat(running.map(Task::taskArn)).doesNotContainAnyElementsOf(interrupted);
    }

    @Test
    void platformVersions_andPublicIps_areRefusedWhereTheLaunchTypeHasNone() {
        requires(Capability.SERVICE_CREATE_CHECKS);
        right(kit.api().taskDefinitions().register(fixtures.ec2(family + "-ec2")));
        var ec2 = RunTaskSpec.builder().cluster(cluster).taskDefinition(TaskDefinitionRef.latest(family + "-ec2"))
                .launchType(LaunchType.EC2).build();
        var fargate = RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network());
        var publicIp = io.ecskit.domain.NetworkConfiguration.awsvpc(io.ecskit.domain.AwsVpcConfiguration.of(backend.subnets(),
                backend.securityGroups(), io.ecskit.domain.AssignPublicIp.ENABLED));
        right(kit.api().taskDefinitions().register(fixtures.fargate(family).toBuilder().requiresCompatibilities(
                List.of(io.ecskit.domain.taskdef.Compatibility.EC2, io.ecskit.domain.taskdef.Compatibility.FARGATE)).build()));

        // rules platformVersionEc2, platformVersionExists, assignPublicIpLaunchType
        assertError(kit.api().tasks().run(ec2.toBuilder().platformVersion("LATEST").build()), EcsError.InvalidParameter.class,
                EcsRule.PLATFORM_VERSION_EC2.message());
        var unknown = kit.api().tasks().run(fargate.toBuilder().platformVersion("1.2.0").build());
        assertThat(unknown.getLeft().code()).isEqualTo("PlatformUnknownException");
        assertThat(unknown.getLeft().message()).isEqualTo(EcsRule.PLATFORM_VERSION_EXISTS.message());
        assertError(kit.api().services().create(fixtures.service(cluster, fixtures.serviceName(), TaskDefinitionRef.latest(family), 1)
                        .launchType(LaunchType.EC2).networkConfiguration(publicIp).build()),
                EcsError.InvalidParameter.class, EcsRule.ASSIGN_PUBLIC_IP_LAUNCH_TYPE.message());
        assertThat(right(kit.api().tasks().run(fargate.toBuilder().platformVersion("1.3.0").networkConfiguration(publicIp).build())).found())
                .hasSize(1);
        assertThat(right(kit.api().services().list(cluster))).isEmpty();
    }

    @Test
    void strategiesECSCannotPlaceBy_areRefused_andAnEmptyOneFallsBackToTheClusterDefault() {
        requires(Capability.CAPACITY_PROVIDER_CHECKS);
        requires(Capability.DEPLOYMENTS);
        var zero = new CapacityProviderStrategyItem("FARGATE", Option.of(0), Option.none());
        var zeroSpot = new CapacityProviderStrategyItem("FARGATE_SPOT", Option.of(0), Option.none());
        var baseA = new CapacityProviderStrategyItem("FARGATE", Option.of(1), Option.of(1));
        var baseB = new CapacityProviderStrategyItem("FARGATE_SPOT", Option.of(1), Option.of(2));

        var allZero = kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"), List.of(zero, zeroSpot));
        var twoBases = kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"), List.of(baseA, baseB));
        var twice = kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE"), List.of(baseA, baseA));
        right(kit.api().clusters().putCapacityProviders(cluster, List.of("FARGATE", "FARGATE_SPOT"), ONE_ON_DEMAND_THEN_FOUR_SPOT));
        ServiceName name = fixtures.serviceName();
        right(kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), 1).unsetLaunchType()
                .capacityProviderStrategy(List.of(new CapacityProviderStrategyItem("FARGATE_SPOT", Option.of(1), Option.none()))).build()));
        Service emptied = right(kit.api().services().update(ServiceUpdate.builder().cluster(cluster).service(name)
                .capacityProviderStrategy(List.empty()).forceNewDeployment(true).build()));

        // rules strategyWeight, strategyOneBase
        assertError(allZero, EcsError.InvalidParameter.class, EcsRule.STRATEGY_WEIGHT.message());
        assertError(twoBases, EcsError.InvalidParameter.class, EcsRule.STRATEGY_ONE_BASE.message());
        assertError(twice, EcsError.InvalidParameter.class, EcsRule.STRATEGY_ONE_BASE.message());
        assertThat(emptied.capacityProviderStrategy().map(CapacityProviderStrategyItem::capacityProvider))
                .containsExactly("FARGATE", "FARGATE_SPOT");
        assertThat(emptied.launchType()).isEmpty();
    }
}
