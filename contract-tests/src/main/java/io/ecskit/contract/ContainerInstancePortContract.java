package io.ecskit.contract;

import io.ecskit.domain.Attribute;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.TargetType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.instance.ContainerInstance;
import io.ecskit.domain.instance.ContainerInstanceRegistration;
import io.ecskit.domain.instance.ContainerInstanceStatus;
import io.ecskit.domain.instance.Resource;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ContainerInstancePort: the seed's clean-up deregisters container instances. */
public abstract class ContainerInstancePortContract extends ContractTest {

    @Test
    void list_fargateOnlyCluster_hasNone() {
        assertThat(right(kit.api().containerInstances().list(fixtures.cluster()))).isEmpty();
    }

    @Test
    void list_whenClusterIsUnknown_isClusterNotFound() {
        requires(Capability.UNKNOWN_CLUSTER_CHECKS);
        assertError(kit.api().containerInstances().list(fixtures.clusterName()), EcsError.ClusterNotFound.class, "Cluster not found.");
    }

    @Test
    void deregister_registeredInstance_removesIt_andTheClusterCanBeDeleted() {
        requires(Capability.CONTAINER_INSTANCES);
        ClusterName cluster = fixtures.cluster();
        backend.registerContainerInstance(cluster);
        ContainerInstanceArn instance = right(kit.api().containerInstances().list(cluster)).single();

        assertThat(right(kit.api().containerInstances().deregister(cluster, instance, true))).isEqualTo(instance);
        assertThat(right(kit.api().containerInstances().list(cluster))).isEmpty();
        assertThat(right(kit.api().clusters().delete(cluster)).registeredContainerInstancesCount()).isZero();
    }

    private ContainerInstance registered(ClusterName cluster) {
        return right(kit.api().containerInstances().register(ContainerInstanceRegistration.builder().cluster(cluster.value())
                .instanceIdentityDocument("{\"instanceId\": \"i-0123456789abcdef0\", \"region\": \"" + kit.region() + "\"}")
                .instanceIdentityDocumentSignature("c2lnbmF0dXJl").build()));
    }

    @Test
    void register_theAgentsCall_makesAnActiveInstance_describedByIdOrArn() {
        requires(Capability.AGENT_REGISTRATION);
        ClusterName cluster = fixtures.cluster();

        ContainerInstance instance = registered(cluster);
        var described = right(kit.api().containerInstances().describe(cluster,
                List.of(instance.containerInstanceArn().id(), "0000000000000000000000000000dead"), false));

        assertThat(instance.status()).isEqualTo(ContainerInstanceStatus.ACTIVE);
        assertThat(instance.ec2InstanceId()).contains("i-0123456789abcdef0");
        assertThat(instance.registeredResources().flatMap(Resource::name)).contains("CPU", "MEMORY");
        assertThat(described.found().map(ContainerInstance::containerInstanceArn)).containsExactly(instance.containerInstanceArn());
        assertThat(described.failures().map(f -> f.reason())).containsExactly("MISSING");
        assertThat(right(kit.api().containerInstances().list(cluster))).containsExactly(instance.containerInstanceArn());
    }

    @Test
    void updateState_draining_isShown_andOnlyActiveOrDrainingAreTaken() {
        requires(Capability.AGENT_REGISTRATION);
        ClusterName cluster = fixtures.cluster();
        ContainerInstance instance = registered(cluster);

        var drained = right(kit.api().containerInstances().updateState(cluster, List.of(instance.containerInstanceArn().toString()),
                ContainerInstanceStatus.DRAINING));

        assertThat(drained.found().map(ContainerInstance::status)).containsExactly(ContainerInstanceStatus.DRAINING);
        // rule containerInstanceState
        assertError(kit.api().containerInstances().updateState(cluster, List.of(instance.containerInstanceArn().toString()),
                ContainerInstanceStatus.REGISTERING), EcsError.InvalidParameter.class, EcsRule.CONTAINER_INSTANCE_STATE.message());
    }

    @Test
    void customAttributes_arePut_listed_andDeleted() {
        requires(Capability.AGENT_REGISTRATION);
        ClusterName cluster = fixtures.cluster();
        ContainerInstance instance = registered(cluster);
        Attribute stack = new Attribute("stack", Option.of("prod"), Option.of(TargetType.CONTAINER_INSTANCE),
                Option.of(instance.containerInstanceArn().toString()));

        right(kit.api().attributes().put(cluster, List.of(stack)));
        var listed = right(kit.api().attributes().list(cluster, TargetType.CONTAINER_INSTANCE, Option.of("stack"), Option.none()));
        right(kit.api().attributes().delete(cluster, List.of(stack)));
        var after = right(kit.api().attributes().list(cluster, TargetType.CONTAINER_INSTANCE, Option.of("stack"), Option.none()));

        assertThat(listed.map(Attribute::value)).containsExactly(Option.of("prod"));
        assertThat(listed.flatMap(Attribute::targetId)).containsExactly(instance.containerInstanceArn().toString());
        assertThat(after).isEmpty();
    }

    @Test
    void attributesOfAnUnknownTarget_andAgentUpdates_areRefusedAsEcsRefusesThem() {
        requires(Capability.AGENT_REGISTRATION);
        ClusterName cluster = fixtures.cluster();
        ContainerInstance instance = registered(cluster);

        // rules attributeTargetFound, noUpdateAvailable
        var unknown = kit.api().attributes().put(cluster, List.of(new Attribute("stack", Option.of("prod"),
                Option.of(TargetType.CONTAINER_INSTANCE), Option.of("0000000000000000000000000000dead"))));
        var update = kit.api().containerInstances().updateAgent(cluster, instance.containerInstanceArn().id());

        assertThat(unknown.getLeft().code()).isEqualTo("TargetNotFoundException");
        assertThat(update.getLeft().code()).isEqualTo("NoUpdateAvailableException");
    }

    @Test
    void startTask_placesATaskOnEachNamedInstance_andAnUnknownOneIsMissing() {
        requires(Capability.AGENT_REGISTRATION);
        ClusterName cluster = fixtures.cluster();
        ContainerInstance instance = registered(cluster);
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.ec2(family)));

        var started = right(kit.api().tasks().start(io.ecskit.domain.task.RunTaskSpec.builder().cluster(cluster)
                .taskDefinition(io.ecskit.domain.arn.TaskDefinitionRef.latest(family)).build(),
                List.of(instance.containerInstanceArn().id(), "0000000000000000000000000000dead")));
        var described = right(kit.api().containerInstances().describe(cluster, List.of(instance.containerInstanceArn().id()), false));

        assertThat(started.found().flatMap(t -> t.containerInstanceArn())).containsExactly(instance.containerInstanceArn());
        assertThat(started.found().flatMap(t -> t.launchType())).containsExactly(io.ecskit.domain.LaunchType.EC2);
        assertThat(started.failures().map(f -> f.reason())).containsExactly("MISSING");
        assertThat(described.found().single().pendingTasksCount() + described.found().single().runningTasksCount()).isEqualTo(1);
    }

    @Test
    void discoverPollEndpoint_answersTheAgentsEndpoints() {
        requires(Capability.AGENT_REGISTRATION);
        ClusterName cluster = fixtures.cluster();
        ContainerInstance instance = registered(cluster);

        var endpoints = right(kit.api().containerInstances().discoverPollEndpoint(Option.of(instance.containerInstanceArn().toString()),
                Option.of(cluster)));

        assertThat(endpoints.get("endpoint").get()).startsWith("https://");
        assertThat(endpoints.get("telemetryEndpoint").get()).startsWith("https://");
    }
}
