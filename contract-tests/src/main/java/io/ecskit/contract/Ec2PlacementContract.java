package io.ecskit.contract;

import io.ecskit.domain.Attribute;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.PlacementConstraint;
import io.ecskit.domain.PlacementConstraintType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.instance.ContainerInstance;
import io.ecskit.domain.instance.ContainerInstanceRegistration;
import io.ecskit.domain.instance.Resource;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks on the EC2 launch type land on container instances as ECS places them (issue 22 item 3): enough CPU and memory
 * left, constraints met; otherwise RunTask answers ECS's failures and a service waits and says why.
 */
public abstract class Ec2PlacementContract extends ContractTest {

    private ClusterName cluster;
    private String family;

    @BeforeEach
    void clusterAndAnEc2Definition() {
        cluster = fixtures.cluster();
        family = fixtures.family();
        right(kit.api().taskDefinitions().register(TaskDefinition.builder().family(family)
                .requiresCompatibilities(List.of(Compatibility.EC2)).networkMode(NetworkMode.BRIDGE)
                .containerDefinitions(List.of(ContainerDefinition.builder().name("worker").image(fixtures.IMAGE).memory(400).cpu(256)
                        .build())).build()));
    }

    private ContainerInstance instance(String stack) {
        return right(kit.api().containerInstances().register(ContainerInstanceRegistration.builder().cluster(cluster.value())
                .totalResources(List.of(Resource.integer("CPU", 1024), Resource.integer("MEMORY", 1024)))
                .attributes(List.of(new Attribute("stack", Option.of(stack), Option.none(), Option.none()))).build()));
    }

    private RunTaskSpec ec2(int count) {
        return RunTaskSpec.builder().cluster(cluster).taskDefinition(TaskDefinitionRef.latest(family)).launchType(LaunchType.EC2)
                .count(count).build();
    }

    @Test
    void runTask_inAClusterWithoutContainerInstances_isRefused_startingNothing() {
        requires(Capability.RUN_TASK);
        requires(Capability.CONTAINER_INSTANCES);

        var refused = kit.api().tasks().run(ec2(1));

        // rule runTaskNoContainerInstances
        assertError(refused, io.ecskit.domain.error.EcsError.InvalidParameter.class,
                io.ecskit.domain.EcsRule.RUN_TASK_NO_CONTAINER_INSTANCES.message());
        assertThat(right(kit.api().tasks().list(cluster, Option.none(), TaskStatus.RUNNING))).isEmpty();
    }

    @Test
    void runTask_fillsAnInstanceUpToItsMemory_thenAnswersResourceMemory_andTheInstanceShowsWhatIsLeft() {
        requires(Capability.RUN_TASK);
        requires(Capability.CONTAINER_INSTANCES);
        ContainerInstance blue = instance("blue");

        Descriptions<Task> answer = right(kit.api().tasks().run(ec2(3)));

        assertThat(answer.found()).hasSize(2);
        assertThat(answer.found().map(t -> t.containerInstanceArn().get())).containsOnly(blue.containerInstanceArn());
        assertThat(answer.failures()).containsExactly(new Descriptions.Failure(blue.containerInstanceArn().toString(), "RESOURCE:MEMORY",
                Option.none()));
        ContainerInstance described = right(kit.api().containerInstances().describe(cluster,
                List.of(blue.containerInstanceArn().toString()), false)).found().single();
        assertThat(described.remainingResources().find(r -> r.name().contains("MEMORY")).get().integerValue()).contains(224);
        assertThat(described.remainingResources().find(r -> r.name().contains("CPU")).get().integerValue()).contains(512);
    }

    @Test
    void runTask_honoursMemberOfAndDistinctInstance() {
        requires(Capability.RUN_TASK);
        requires(Capability.CONTAINER_INSTANCES);
        instance("blue");
        ContainerInstance green = instance("green");

        Task onGreen = right(kit.api().tasks().run(ec2(1).toBuilder().placementConstraints(List.of(new PlacementConstraint(
                Option.of(PlacementConstraintType.MEMBER_OF), Option.of("attribute:stack == green")))).build())).found().single();
        Descriptions<Task> distinct = right(kit.api().tasks().run(ec2(3).toBuilder().group("batch").placementConstraints(List.of(
                new PlacementConstraint(Option.of(PlacementConstraintType.DISTINCT_INSTANCE), Option.none()))).build()));
        var unsupported = kit.api().tasks().run(ec2(1).toBuilder().placementConstraints(List.of(new PlacementConstraint(
                Option.of(PlacementConstraintType.MEMBER_OF), Option.of("task:group == batch")))).build());

        assertThat(onGreen.containerInstanceArn()).contains(green.containerInstanceArn());
        assertThat(distinct.found().map(t -> t.containerInstanceArn().get()).distinct()).hasSize(2);
        assertThat(distinct.failures().map(Descriptions.Failure::reason)).contains("ATTRIBUTE");
        // rule placementExpressionSupported: what ecskit cannot evaluate is refused by name, not guessed
        assertThat(unsupported.getLeft().message()).contains("task:group == batch");
        // rule placementShape
        var badBinpack = kit.api().tasks().run(ec2(1).toBuilder().placementStrategy(List.of(new io.ecskit.domain.PlacementStrategy(
                Option.of(io.ecskit.domain.PlacementStrategyType.BINPACK), Option.of("disk")))).build());
        var emptyMemberOf = kit.api().tasks().run(ec2(1).toBuilder().placementConstraints(List.of(new PlacementConstraint(
                Option.of(PlacementConstraintType.MEMBER_OF), Option.none()))).build());
        assertError(badBinpack, io.ecskit.domain.error.EcsError.InvalidParameter.class,
                io.ecskit.domain.EcsRule.PLACEMENT_SHAPE.message("binpack takes the field cpu or memory, not 'disk'"));
        assertError(emptyMemberOf, io.ecskit.domain.error.EcsError.InvalidParameter.class,
                io.ecskit.domain.EcsRule.PLACEMENT_SHAPE.message("memberOf needs an expression"));
    }

    @Test
    void aServiceWithoutRoom_waitsAndSaysWhy_thenStartsOnceAnInstanceJoins() {
        requires(Capability.CONTAINER_INSTANCES);
        requires(Capability.TASK_LIFECYCLE);
        ServiceName name = fixtures.serviceName();
        right(kit.api().services().create(ServiceSpec.builder().cluster(cluster).serviceName(name.value())
                .taskDefinition(TaskDefinitionRef.latest(family)).desiredCount(2).launchType(LaunchType.EC2).build()));
        backend.passTime(Duration.ofMinutes(2));
        var waiting = right(kit.api().services().describe(cluster, List.of(name))).found().single();

        ContainerInstance joined = instance("blue");
        backend.passTime(Duration.ofMinutes(3));

        // rule servicePlacementNoInstances
        assertThat(waiting.runningCount()).isZero();
        assertThat(waiting.events().map(e -> e.message())).contains(io.ecskit.domain.EcsRule.SERVICE_PLACEMENT_NO_INSTANCES.message(name.value()));
        Seq<TaskArn> running = right(kit.api().tasks().list(cluster, Option.of(name), TaskStatus.RUNNING));
        assertThat(running).hasSize(2);
        assertThat(right(kit.api().tasks().describe(cluster, running)).found().map(t -> t.containerInstanceArn().get()))
                .containsOnly(joined.containerInstanceArn());
    }

    @Test
    void bridgeModeTasks_showTheirHostPorts_andAFixedHostPortFitsOncePerInstance() {
        requires(Capability.RUN_TASK);
        requires(Capability.CONTAINER_INSTANCES);
        requires(Capability.TASK_LIFECYCLE);
        String web = fixtures.family();
        right(kit.api().taskDefinitions().register(TaskDefinition.builder().family(web).requiresCompatibilities(List.of(Compatibility.EC2))
                .networkMode(NetworkMode.BRIDGE).containerDefinitions(List.of(ContainerDefinition.builder().name("web").image(fixtures.IMAGE)
                        .memory(128).portMappings(List.of(io.ecskit.domain.taskdef.PortMapping.builder().containerPort(80).hostPort(8080).build(),
                                io.ecskit.domain.taskdef.PortMapping.builder().containerPort(9000).hostPort(0).build())).build())).build()));
        ContainerInstance only = instance("blue");
        RunTaskSpec spec = RunTaskSpec.builder().cluster(cluster).taskDefinition(TaskDefinitionRef.latest(web)).launchType(LaunchType.EC2).build();

        Task first = right(kit.api().tasks().run(spec)).found().single();
        Descriptions<Task> second = right(kit.api().tasks().run(spec));
        backend.passTime(Duration.ofMinutes(1));
        Task running = right(kit.api().tasks().describe(cluster, List.of(first.taskArn()))).found().single();

        var bindings = running.containers().single().networkBindings();
        assertThat(bindings.find(b -> b.containerPort().contains(80)).get().hostPort()).contains(8080);
        assertThat(bindings.find(b -> b.containerPort().contains(9000)).get().hostPort().get()).isBetween(32768, 60999);
        assertThat(second.found()).isEmpty();
        assertThat(second.failures()).containsExactly(new Descriptions.Failure(only.containerInstanceArn().toString(), "RESOURCE:PORTS",
                Option.none()));
    }
}
