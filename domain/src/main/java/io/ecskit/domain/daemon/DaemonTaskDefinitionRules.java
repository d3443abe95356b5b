package io.ecskit.domain.daemon;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.ModelRules;
import io.ecskit.domain.Violation;
import io.ecskit.domain.taskdef.TaskDefinitionRules;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * What RegisterDaemonTaskDefinition refuses: the family and container rules RegisterTaskDefinition applies (a family of
 * 1..255 letters, digits, hyphens and underscores; 1..10 containers with unique names) and the model's tag limits.
 * Source: ECS API reference (RegisterDaemonTaskDefinition).
 */
public final class DaemonTaskDefinitionRules {

    private DaemonTaskDefinitionRules() {
    }

    /** Every violation, in the order ECS checks them. */
    public static Seq<Violation> check(DaemonTaskDefinitionSpec spec) {
        int count = spec.containerDefinitions().size();
        Seq<String> names = spec.containerDefinitions().flatMap(c -> c.name());
        return TaskDefinitionRules.family(spec.family())
                .appendAll(count == 0 ? List.of(EcsRule.CONTAINERS_REQUIRED.at("containerDefinitions")) : List.empty())
                .appendAll(count > TaskDefinitionRules.MAX_CONTAINERS ? List.of(EcsRule.CONTAINERS_AT_MOST_TEN.at("containerDefinitions")) : List.empty())
                .appendAll(names.filter(n -> names.count(n::equals) > 1).distinct()
                        .map(n -> EcsRule.CONTAINER_NAMES_UNIQUE.at("containerDefinitions", n)))
                .appendAll(ModelRules.tags("tags", spec.tags()));
    }
}
