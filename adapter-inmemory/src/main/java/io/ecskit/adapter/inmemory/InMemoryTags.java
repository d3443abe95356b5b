package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.ModelRules;
import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.Arns;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.port.out.TagPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Tags on clusters, services, tasks, task definitions and container instances, found by ARN. */
final class InMemoryTags implements TagPort {

    private final InMemoryState state;

    @Inject
    InMemoryTags(InMemoryState state) {
        this.state = state;
    }

    /** A taggable resource's tags: read and replace. */
    private record Tagged(Supplier<List<Tag>> get, Consumer<List<Tag>> set) {
    }

    @Override
    public Either<EcsError, Done> tag(String resourceArn, Seq<Tag> tags) {
        return state.call("TagResource", () -> resource(resourceArn).flatMap(r -> {
            List<Tag> merged = r.get().get().filter(t -> !tags.exists(n -> n.key().equals(t.key()))).appendAll(tags);
            Seq<io.ecskit.domain.Violation> problems = ModelRules.tags("tags", tags).appendAll(ModelRules.tags("tags", merged.filter(t -> !t.key().exists(k -> k.startsWith("aws:"))))
                    .filter(v -> v.rule().contains(EcsRule.TAGS_AT_MOST_FIFTY)));
            if (!problems.isEmpty()) {
                return Either.left(Errors.first(problems));
            }
            r.set().accept(merged);
            return Either.right(Done.DONE);
        }));
    }

    @Override
    public Either<EcsError, Done> untag(String resourceArn, Seq<String> tagKeys) {
        return state.call("UntagResource", () -> resource(resourceArn).map(r -> {
            r.set().accept(r.get().get().filter(t -> !tagKeys.exists(k -> t.key().contains(k))));
            return Done.DONE;
        }));
    }

    @Override
    public Either<EcsError, Seq<Tag>> list(String resourceArn) {
        return state.call("ListTagsForResource", () -> resource(resourceArn).map(r -> r.get().get()));
    }

    private Either<EcsError, Tagged> resource(String arn) {
        var parsed = Arns.parse(arn, "ecs");
        if (parsed.isLeft()) {
            return Either.left(EcsError.of(EcsRule.TAGGED_RESOURCE_ARN, arn));
        }
        Arns.Parts parts = parsed.get();
        if (!parts.region().equals(state.region) || !parts.account().equals(state.account)) {
            return notFound();
        }
        String[] path = parts.resource().split("/", -1);
        switch (path[0]) {
            case "cluster" -> {
                if (path.length != 2) {
                    break;
                }
                return InMemoryClusters.active(state, new ClusterName(path[1])).map(c -> new Tagged(() -> c.tags, t -> c.tags = t));
            }
            case "service" -> {
                if (path.length != 3) {
                    break;
                }
                return InMemoryClusters.active(state, new ClusterName(path[1])).flatMap(c ->
                        Option.of(state.servicesByName.get(path[1] + "/" + path[2])).filter(ServiceState::isLive)
                                .<EcsError>toEither(this::notFoundError)
                                .map(s -> new Tagged(() -> s.settings.tags(), t -> s.settings = s.settings.toBuilder().tags(t).build())));
            }
            case "task" -> {
                if (path.length != 3) {
                    break;
                }
                return InMemoryClusters.active(state, new ClusterName(path[1])).flatMap(c ->
                        Option.of(state.tasks.get(path[2])).filter(t -> t.arn.cluster().value().equals(path[1]))
                                .<EcsError>toEither(this::notFoundError).map(t -> new Tagged(() -> t.tags, tags -> t.tags = tags)));
            }
            case "container-instance" -> {
                if (path.length != 3) {
                    break;
                }
                return InMemoryClusters.active(state, new ClusterName(path[1])).flatMap(c ->
                        Option.when(List.ofAll(c.containerInstances).exists(i -> i.toString().equals(arn)), arn)
                                .<EcsError>toEither(this::notFoundError)
                                .map(a -> new Tagged(() -> state.containerInstanceTags.getOrDefault(a, List.empty()),
                                        t -> state.containerInstanceTags.put(a, t))));
            }
            case "task-set" -> {
                if (path.length != 5) {
                    break;
                }
                return InMemoryClusters.active(state, new ClusterName(path[1])).flatMap(c ->
                        Option.of(state.servicesByName.get(path[1] + "/" + path[2])).filter(ServiceState::isLive)
                                .flatMap(s -> List.ofAll(s.taskSets).find(ts -> ts.arn.equals(arn)))
                                .<EcsError>toEither(this::notFoundError)
                                .map(ts -> new Tagged(() -> ts.tags, t -> ts.tags = t)));
            }
            case "task-definition" -> {
                return TaskDefinitionArn.parse(arn).<EcsError>mapLeft(v -> EcsError.of(EcsRule.TAGGED_RESOURCE_ARN, arn))
                        .flatMap(td -> InMemoryTaskDefinitions.byArn(state, td).<EcsError>toEither(this::notFoundError))
                        .map(found -> new Tagged(() -> current(found).definition().tags(), t -> {
                            RegisteredTaskDefinition now = current(found);
                            state.families.get(now.family()).set(now.revision() - 1,
                                    now.toBuilder().definition(now.definition().toBuilder().tags(t).build()).build());
                        }));
            }
            default -> {
            }
        }
        return Either.left(EcsError.of(EcsRule.TAGGED_RESOURCE_ARN, arn));
    }

    private RegisteredTaskDefinition current(RegisteredTaskDefinition found) {
        return state.families.get(found.family()).get(found.revision() - 1);
    }

    private EcsError notFoundError() {
        return EcsError.of(EcsRule.TAGGED_RESOURCE_EXISTS);
    }

    private <T> Either<EcsError, T> notFound() {
        return Either.left(notFoundError());
    }
}
