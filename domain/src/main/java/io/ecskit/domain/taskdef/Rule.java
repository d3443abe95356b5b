package io.ecskit.domain.taskdef;

import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** One rule ECS applies to a task definition: the violations it finds, none when it holds. */
@FunctionalInterface
interface Rule {

    Seq<Violation> check(TaskDefinition td);

    /** A rule about one container, given its JSON path ({@code containerDefinitions[i]}). */
    @FunctionalInterface
    interface ContainerRule {
        Seq<Violation> check(TaskDefinition td, String path, ContainerDefinition container);
    }

    /** Applies a container rule to every container of the task definition. */
    static Rule eachContainer(ContainerRule rule) {
        return td -> td.containerDefinitions().zipWithIndex()
                .flatMap(ci -> rule.check(td, "containerDefinitions[" + ci._2 + "]", ci._1));
    }

    /** A container's name as messages quote it ("" when it has none). */
    static String name(ContainerDefinition c) {
        return c.name().getOrElse("");
    }

    static Seq<Violation> when(boolean broken, java.util.function.Supplier<Violation> violation) {
        // worded only when broken: a definition goes through every rule on each registration
        return broken ? List.of(violation.get()) : List.empty();
    }
}
