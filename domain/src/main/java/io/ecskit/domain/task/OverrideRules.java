package io.ecskit.domain.task;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.ecskit.domain.taskdef.JsonLength;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** What ECS checks of RunTask's and StartTask's {@code overrides} against the task definition they run. */
public final class OverrideRules {

    /** RunTask's overrides, written as compact JSON, may be at most this many characters (rule containerOverridesLength). */
    public static final int MAX_OVERRIDES_LENGTH = 8192;

    private OverrideRules() {
    }

    /**
     * Every problem of {@code overrides} for a task of {@code definition}: a container override naming no container
     * of the definition (rule overrideContainerFound), overrides longer than 8192 characters as JSON (rule
     * containerOverridesLength).
     */
    public static Seq<Violation> check(Option<TaskOverride> overrides, TaskDefinition definition) {
        if (overrides.isEmpty()) {
            return List.empty();
        }
        TaskOverride given = overrides.get();
        Seq<Violation> unknown = given.containerOverrides().zipWithIndex()
                .filter(o -> !definition.containerDefinitions().exists(c -> c.name().equals(o._1.name()) && o._1.name().isDefined()))
                .map(o -> EcsRule.OVERRIDE_CONTAINER_FOUND.at("overrides.containerOverrides[" + o._2 + "].name", o._1.name().getOrNull()));
        Seq<String> names = given.containerOverrides().flatMap(ContainerOverride::name);
        Seq<Violation> twice = names.distinct().filter(n -> names.count(n::equals) > 1)
                .map(n -> EcsRule.OVERRIDE_CONTAINER_ONCE.at("overrides.containerOverrides", n));
        unknown = unknown.appendAll(twice);
        if (JsonLength.of(given) > MAX_OVERRIDES_LENGTH) {
            return unknown.append(EcsRule.CONTAINER_OVERRIDES_LENGTH.at("overrides"));
        }
        if (!unknown.isEmpty()) {
            return unknown;
        }
        // what the task would run must itself be a definition ECS accepts: Fargate sizes, container memory within the
        // task's, ephemeral storage 21..200 GiB, no GPUs on Fargate, numbers where numbers go
        TaskDefinition effective = definition.toBuilder()
                .cpu(given.cpu().orElse(definition.cpu())).memory(given.memory().orElse(definition.memory()))
                .ephemeralStorage(given.ephemeralStorage().orElse(definition.ephemeralStorage()))
                .containerDefinitions(applied(definition.containerDefinitions(), overrides)).build();
        return io.ecskit.domain.taskdef.TaskDefinitionRules.validate(effective).fold(
                violations -> violations.map(v -> new Violation("overrides (" + v.path() + ")", v.kind(), v.message(), v.rule())),
                ok -> List.empty());
    }

    /**
     * The containers with their overrides applied, as ECS runs them: {@code command} replaces the definition's,
     * {@code environment} adds or replaces variables by name, {@code environmentFiles} are added, {@code cpu},
     * {@code memory}, {@code memoryReservation} and {@code resourceRequirements} replace the definition's.
     */
    public static List<io.ecskit.domain.taskdef.ContainerDefinition> applied(List<io.ecskit.domain.taskdef.ContainerDefinition> definitions,
                                                                             Option<TaskOverride> overrides) {
        List<ContainerOverride> given = overrides.map(TaskOverride::containerOverrides).getOrElse(List.empty());
        return definitions.map(c -> given.find(o -> o.name().equals(c.name())).map(o -> {
            var b = c.toBuilder();
            if (o.command().nonEmpty()) {
                b.command(o.command());
            }
            if (o.environment().nonEmpty()) {
                List<io.ecskit.domain.KeyValuePair> kept = c.environment().filter(e -> !o.environment().exists(n -> n.name().equals(e.name())));
                b.environment(kept.appendAll(o.environment()));
            }
            if (o.environmentFiles().nonEmpty()) {
                b.environmentFiles(c.environmentFiles().appendAll(o.environmentFiles()));
            }
            if (o.resourceRequirements().nonEmpty()) {
                b.resourceRequirements(o.resourceRequirements());
            }
            o.cpu().forEach(b::cpu);
            o.memory().forEach(b::memory);
            o.memoryReservation().forEach(b::memoryReservation);
            return b.build();
        }).getOrElse(c));
    }
}
