package io.ecskit.contract;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.PropagateTags;
import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TagPort: TagResource, UntagResource and ListTagsForResource on every taggable resource, and tags propagated to tasks. */
public abstract class TagPortContract extends ContractTest {

    @Test
    void aCluster_isTagged_listed_andUntagged() {
        ClusterName name = fixtures.clusterName();
        String arn = right(kit.api().clusters().create(ClusterSpec.builder().clusterName(name.value())
                .tags(List.of(Tag.of("team", "web"))).build())).clusterArn().toString();

        right(kit.api().tags().tag(arn, List.of(Tag.of("env", "test"), Tag.of("team", "platform"))));
        var tagged = right(kit.api().tags().list(arn));
        right(kit.api().tags().untag(arn, List.of("team", "absent")));
        var untagged = right(kit.api().tags().list(arn));

        assertThat(tagged).containsExactlyInAnyOrder(Tag.of("team", "platform"), Tag.of("env", "test"));
        assertThat(untagged).containsExactly(Tag.of("env", "test"));
        assertThat(right(kit.api().clusters().describe(name)).get().tags()).containsExactly(Tag.of("env", "test"));
    }

    @Test
    void aServiceAndATaskDefinition_areTaggedByArn() {
        ClusterName cluster = fixtures.cluster();
        var td = right(kit.api().taskDefinitions().register(fixtures.fargate(fixtures.family())));
        var service = right(kit.api().services().create(fixtures.service(cluster, fixtures.serviceName(),
                TaskDefinitionRef.of(td.family(), td.revision()), 0).build()));

        right(kit.api().tags().tag(service.serviceArn().toString(), List.of(Tag.of("tier", "front"))));
        right(kit.api().tags().tag(td.taskDefinitionArn().toString(), List.of(Tag.of("owner", "ci"))));

        assertThat(right(kit.api().tags().list(service.serviceArn().toString()))).containsExactly(Tag.of("tier", "front"));
        assertThat(right(kit.api().tags().list(td.taskDefinitionArn().toString()))).containsExactly(Tag.of("owner", "ci"));
    }

    @Test
    void anUnknownClusterOrResource_andAnArnOfNoEcsResource_areRefused() {
        requires(Capability.TAG_CHECKS);
        String region = kit.region();
        String account = kit.accountId();
        ClusterName cluster = fixtures.cluster();

        assertErrorType(kit.api().tags().list(new ClusterArn(new io.ecskit.domain.Region(region), new io.ecskit.domain.AccountId(account),
                fixtures.clusterName()).toString()), EcsError.ClusterNotFound.class);
        // rule taggedResourceExists: a service that does not exist in a cluster that does
        assertError(kit.api().tags().tag("arn:aws:ecs:" + region + ":" + account + ":service/" + cluster.value() + "/nothing",
                List.of(Tag.of("a", "b"))), EcsError.InvalidParameter.class, EcsRule.TAGGED_RESOURCE_EXISTS.message());
        // rule taggedResourceArn
        String notEcs = "arn:aws:ecs:" + region + ":" + account + ":gizmo/x";
        assertError(kit.api().tags().list(notEcs), EcsError.InvalidParameter.class, EcsRule.TAGGED_RESOURCE_ARN.message(notEcs));
    }

    @Test
    void tagsEcsRefuses_areRefused_andNothingIsTagged() {
        requires(Capability.TAG_CHECKS);
        String arn = right(kit.api().clusters().describe(fixtures.cluster())).get().clusterArn().toString();

        // rule tagKeyReserved
        assertError(kit.api().tags().tag(arn, List.of(Tag.of("ok", "1"), Tag.of("aws:mine", "x"))), EcsError.InvalidParameter.class,
                EcsRule.TAG_KEY_RESERVED.message());
        var fiftyOne = List.range(0, 51).map(i -> Tag.of("k" + i, "v"));
        assertErrorType(kit.api().tags().tag(arn, fiftyOne), EcsError.InvalidParameter.class);
        assertThat(right(kit.api().tags().list(arn))).isEmpty();
    }

    @Test
    void runTask_propagatesTheTaskDefinitionsTags_andAddsEcsManagedTags() {
        requires(Capability.RUN_TASK);
        requires(Capability.TAG_PROPAGATION);
        ClusterName cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family).toBuilder().tags(List.of(Tag.of("app", "web"),
                Tag.of("team", "a"))).build()));

        Task task = right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network())
                .toBuilder().tags(List.of(Tag.of("team", "b"))).propagateTags(PropagateTags.TASK_DEFINITION)
                .enableECSManagedTags(true).build())).found().single();

        assertThat(right(kit.api().tags().list(task.taskArn().toString()))).containsExactlyInAnyOrder(Tag.of("app", "web"),
                Tag.of("team", "b"), Tag.of("aws:ecs:clusterName", cluster.value()));
    }
}
