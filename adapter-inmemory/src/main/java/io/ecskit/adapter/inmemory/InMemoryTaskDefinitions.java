package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionDefaults;
import io.ecskit.domain.taskdef.TaskDefinitionRules;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.out.TaskDefinitionPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.util.ArrayList;

final class InMemoryTaskDefinitions implements TaskDefinitionPort {

    static final int MAX_DELETE = 10;

    private final InMemoryState state;

    @Inject
    InMemoryTaskDefinitions(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, RegisteredTaskDefinition> register(TaskDefinition definition) {
        // what reads the definition alone is worked out before the region's lock (issue 26 item 8), and answered in
        // it as before: after a throttle or a crash scripted for the call
        Either<EcsError, TaskDefinition> checked = Errors.check(TaskDefinitionRules.validate(definition))
                // ECS stores (and describes) what it fills in for members left out: rule taskDefinitionDefaults
                .map(valid -> TaskDefinitionDefaults.stored(definition));
        Either<EcsError, List<Compatibility>> compatible = checked.map(InMemoryTaskDefinitions::compatibilities);
        return state.call("RegisterTaskDefinition", () -> checked.map(stored -> {
            java.util.List<RegisteredTaskDefinition> revisions =
                    state.families.computeIfAbsent(stored.family(), f -> new ArrayList<>());
            // revisions are never reused: the next one follows the highest ever registered
            int revision = revisions.size() + 1;
            RegisteredTaskDefinition registered = RegisteredTaskDefinition.builder()
                    .taskDefinitionArn(new TaskDefinitionArn(state.region, state.account, stored.family(), revision))
                    .revision(revision)
                    .status(TaskDefinitionStatus.ACTIVE)
                    .definition(stored)
                    .compatibilities(compatible.get())
                    .registeredAt(state.now())
                    .registeredBy("arn:aws:iam::" + state.account.value() + ":root")
                    .build();
            revisions.add(registered);
            return registered;
        }));
    }

    /** ECS lists EC2 for every definition it registers, and FARGATE for those that satisfy Fargate's rules. */
    private static List<Compatibility> compatibilities(TaskDefinition definition) {
        // a definition that requires FARGATE was just validated for it; only others need a second pass
        boolean fargate = definition.requiresCompatibilities().contains(Compatibility.FARGATE)
                || TaskDefinitionRules.satisfies(definition, LaunchType.FARGATE);
        return fargate ? List.of(Compatibility.EC2, Compatibility.FARGATE) : List.of(Compatibility.EC2);
    }

    @Override
    public Either<EcsError, Option<RegisteredTaskDefinition>> describe(TaskDefinitionRef ref) {
        return state.call("DescribeTaskDefinition", () -> Either.right(resolve(state, ref)));
    }

    @Override
    public Either<EcsError, Seq<String>> listFamilies(Option<String> familyPrefix, TaskDefinitionStatus status) {
        return state.call("ListTaskDefinitionFamilies", () -> Either.right(List.ofAll(state.families.entrySet())
                .filter(e -> familyPrefix.forAll(p -> e.getKey().startsWith(p)))
                .filter(e -> e.getValue().stream().anyMatch(r -> r.status() == status))
                .map(java.util.Map.Entry::getKey)));
    }

    @Override
    public Either<EcsError, Seq<TaskDefinitionArn>> list(Option<String> familyPrefix, TaskDefinitionStatus status) {
        // ListTaskDefinitions' familyPrefix is "the full family name" (unlike ListTaskDefinitionFamilies')
        return state.call("ListTaskDefinitions", () -> Either.right(all(state)
                .filter(r -> familyPrefix.forAll(p -> r.family().equals(p)))
                .filter(r -> r.status() == status)
                .map(RegisteredTaskDefinition::taskDefinitionArn)));
    }

    @Override
    public Either<EcsError, RegisteredTaskDefinition> deregister(TaskDefinitionRef ref) {
        return state.call("DeregisterTaskDefinition", () -> {
            if (ref.revision().isEmpty()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.TASK_DEFINITION_EXISTS));
            }
            return resolve(state, ref)
                    .filter(r -> r.status() != TaskDefinitionStatus.DELETE_IN_PROGRESS)
                    .toEither(() -> (EcsError) EcsError.of(io.ecskit.domain.EcsRule.TASK_DEFINITION_EXISTS))
                    .map(r -> replace(r, r.toBuilder().status(TaskDefinitionStatus.INACTIVE)
                            .deregisteredAt(r.deregisteredAt().orElse(Option.of(state.now()))).build()));
        });
    }

    @Override
    public Either<EcsError, RegisteredTaskDefinition> tag(TaskDefinitionRef revision, Seq<io.ecskit.domain.Tag> tags) {
        return state.call("TagResource", () -> (revision.revision().isEmpty() ? Option.<RegisteredTaskDefinition>none()
                        : resolve(state, revision))
                .toEither(() -> (EcsError) EcsError.of(io.ecskit.domain.EcsRule.TAGGED_RESOURCE_EXISTS))
                .map(r -> {
                    Seq<Option<String>> keys = tags.map(io.ecskit.domain.Tag::key);
                    var merged = r.definition().tags().filter(t -> !keys.contains(t.key())).appendAll(tags);
                    return replace(r, r.toBuilder().definition(r.definition().toBuilder().tags(merged).build()).build());
                }));
    }

    @Override
    public Either<EcsError, Seq<RegisteredTaskDefinition>> delete(Seq<TaskDefinitionRef> refs) {
        return state.call("DeleteTaskDefinitions", () -> {
            if (refs.isEmpty() || refs.size() > MAX_DELETE) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.DELETE_AT_MOST_TEN));
            }
            Seq<Option<RegisteredTaskDefinition>> found = refs.map(ref -> ref.revision().isDefined()
                    ? resolve(state, ref) : Option.none());
            if (found.exists(Option::isEmpty)) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.TASK_DEFINITION_EXISTS));
            }
            Seq<RegisteredTaskDefinition> targets = found.map(Option::get);
            Option<RegisteredTaskDefinition> active = targets.find(r -> r.status() == TaskDefinitionStatus.ACTIVE);
            if (active.isDefined()) {
                return Either.left(EcsError.of(io.ecskit.domain.EcsRule.DELETE_ONLY_INACTIVE, active.get().taskDefinitionArn()));
            }
            return Either.right(targets.map(r -> replace(r, r.toBuilder().status(TaskDefinitionStatus.DELETE_IN_PROGRESS).build())));
        });
    }

    private RegisteredTaskDefinition replace(RegisteredTaskDefinition old, RegisteredTaskDefinition updated) {
        java.util.List<RegisteredTaskDefinition> revisions = state.families.get(old.family());
        revisions.set(old.revision() - 1, updated);
        return updated;
    }

    static List<RegisteredTaskDefinition> all(InMemoryState state) {
        return List.ofAll(state.families.values()).flatMap(List::ofAll);
    }

    /** {@code family} → latest ACTIVE revision; {@code family:n} → revision n in any status. */
    static Option<RegisteredTaskDefinition> resolve(InMemoryState state, TaskDefinitionRef ref) {
        java.util.List<RegisteredTaskDefinition> revisions = state.families.getOrDefault(ref.family(), java.util.List.of());
        if (ref.revision().isDefined()) {
            int n = ref.revision().get();
            return n >= 1 && n <= revisions.size() ? Option.of(revisions.get(n - 1)) : Option.none();
        }
        for (int i = revisions.size() - 1; i >= 0; i--) {
            if (revisions.get(i).status() == TaskDefinitionStatus.ACTIVE) {
                return Option.of(revisions.get(i));
            }
        }
        return Option.none();
    }

    /** A revision a service or RunTask may use: it exists, is ACTIVE and supports the launch type. */
    static Either<EcsError, RegisteredTaskDefinition> usable(InMemoryState state, TaskDefinitionRef ref, Option<LaunchType> launchType) {
        Option<RegisteredTaskDefinition> found = resolve(state, ref);
        if (found.isEmpty()) {
            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.TASK_DEFINITION_FOUND));
        }
        if (found.get().status() != TaskDefinitionStatus.ACTIVE) {
            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.TASK_DEFINITION_ACTIVE));
        }
        if (launchType.isDefined() && !found.get().compatibilities().exists(c -> c.name().equals(launchType.get().name()))) {
            return Errors.check(TaskDefinitionRules.checkCompatible(found.get().definition(), launchType.get())
                    .flatMap(ok -> TaskDefinitionRules.validate(found.get().definition(), launchType.get())))
                    .map(ok -> found.get());
        }
        return Either.right(found.get());
    }

    static Option<RegisteredTaskDefinition> byArn(InMemoryState state, TaskDefinitionArn arn) {
        return resolve(state, TaskDefinitionRef.of(arn.family(), arn.revision()));
    }
}
