package io.ecskit.adapter.aws;

import io.ecskit.domain.Tag;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.services.ecs.model.Failure;

/** What the adapter reads from ECS's answers, through the one SDK ↔ domain mapping. */
final class AwsModel {

    private AwsModel() {
    }

    /** A revision, with the tags DescribeTaskDefinition answers beside it. */
    static RegisteredTaskDefinition registered(software.amazon.awssdk.services.ecs.model.TaskDefinition td,
                                               java.util.List<software.amazon.awssdk.services.ecs.model.Tag> tags) {
        RegisteredTaskDefinition registered = SdkMapping.fromAws(td, RegisteredTaskDefinition.class);
        Seq<Tag> domainTags = List.ofAll(tags).map(t -> SdkMapping.fromAws(t, Tag.class));
        return domainTags.isEmpty() ? registered : registered.toBuilder()
                .definition(registered.definition().toBuilder().tags(domainTags.toList()).build()).build();
    }

    static Service service(software.amazon.awssdk.services.ecs.model.Service service) {
        return SdkMapping.fromAws(service, Service.class);
    }

    static Cluster cluster(software.amazon.awssdk.services.ecs.model.Cluster cluster) {
        return SdkMapping.fromAws(cluster, Cluster.class);
    }

    static Task task(software.amazon.awssdk.services.ecs.model.Task task) {
        return SdkMapping.fromAws(task, Task.class);
    }

    static java.util.List<software.amazon.awssdk.services.ecs.model.Tag> tags(Seq<Tag> tags) {
        return tags.map(t -> SdkMapping.toSdk(t, software.amazon.awssdk.services.ecs.model.Tag.class)).asJava();
    }

    static Descriptions.Failure failure(Failure f) {
        return new Descriptions.Failure(f.arn(), f.reason(), Option.of(f.detail()));
    }
}
