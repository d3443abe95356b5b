package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Attribute;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.TargetType;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ContainerInstanceArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.instance.ContainerInstance;
import io.ecskit.port.out.AttributePort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** Custom attributes of container instances, kept on the instances DescribeContainerInstances shows. */
final class InMemoryAttributes implements AttributePort {

    /** ECS's own attributes (ecs.*, com.amazonaws.ecs.*) do not count against the 10 custom ones. */
    private static final int MAX_CUSTOM = 10;

    private final InMemoryState state;

    @Inject
    InMemoryAttributes(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, Seq<Attribute>> put(ClusterName cluster, Seq<Attribute> attributes) {
        return state.call("PutAttributes", () -> InMemoryClusters.active(state, cluster).flatMap(c -> targets(c, attributes)
                .flatMap(targets -> {
                    java.util.Map<String, ContainerInstance> changed = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < attributes.size(); i++) {
                        Attribute a = attributes.get(i);
                        String arn = targets.get(i).toString();
                        ContainerInstance instance = changed.getOrDefault(arn, state.instances.get(arn));
                        List<Attribute> kept = instance.attributes().filter(x -> !x.name().equals(a.name()));
                        changed.put(arn, instance.toBuilder().attributes(kept.append(new Attribute(a.name(), a.value(),
                                Option.of(TargetType.CONTAINER_INSTANCE), Option.of(arn)))).build());
                    }
                    for (ContainerInstance instance : changed.values()) {
                        if (instance.attributes().count(x -> !isEcsOwn(x)) > MAX_CUSTOM) {
                            return Either.left(EcsError.of(EcsRule.ATTRIBUTES_AT_MOST_TEN));
                        }
                    }
                    changed.forEach(state.instances::put);
                    return Either.right(attributes);
                })));
    }

    @Override
    public Either<EcsError, Seq<Attribute>> delete(ClusterName cluster, Seq<Attribute> attributes) {
        return state.call("DeleteAttributes", () -> InMemoryClusters.active(state, cluster).flatMap(c -> targets(c, attributes)
                .map(targets -> {
                    for (int i = 0; i < attributes.size(); i++) {
                        Attribute a = attributes.get(i);
                        String arn = targets.get(i).toString();
                        ContainerInstance instance = state.instances.get(arn);
                        state.instances.put(arn, instance.toBuilder().attributes(instance.attributes()
                                .filter(x -> !x.name().equals(a.name()))).build());
                    }
                    return attributes;
                })));
    }

    @Override
    public Either<EcsError, Seq<Attribute>> list(ClusterName cluster, TargetType targetType, Option<String> name, Option<String> value) {
        return state.call("ListAttributes", () -> InMemoryClusters.active(state, cluster).map(c -> List.ofAll(c.containerInstances)
                .flatMap(a -> Option.of(state.instances.get(a.toString())))
                .flatMap(ContainerInstance::attributes)
                .filter(a -> name.forAll(n -> n.equals(a.name())) && value.forAll(v -> a.value().contains(v)))));
    }

    /** Each attribute's instance (its targetId an ID or ARN of the cluster's), or TargetNotFoundException. */
    private Either<EcsError, Seq<ContainerInstanceArn>> targets(InMemoryState.ClusterState c, Seq<Attribute> attributes) {
        Seq<Option<ContainerInstanceArn>> found = attributes.map(a -> a.targetId().flatMap(id -> InMemoryContainerInstances.arnOf(c, id)));
        return found.exists(Option::isEmpty) ? Either.left(EcsError.of(EcsRule.ATTRIBUTE_TARGET_FOUND)) : Either.right(found.map(Option::get));
    }

    private static boolean isEcsOwn(Attribute a) {
        return a.name().startsWith("ecs.") || a.name().startsWith("com.amazonaws.ecs.");
    }
}
