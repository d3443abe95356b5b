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
        return JsonLength.of(given) > MAX_OVERRIDES_LENGTH
                ? unknown.append(EcsRule.CONTAINER_OVERRIDES_LENGTH.at("overrides"))
                : unknown;
    }
}
