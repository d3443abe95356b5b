package io.ecskit.domain.taskdef;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.regex.Pattern;

import static io.ecskit.domain.taskdef.Rule.name;
import static io.ecskit.domain.taskdef.Rule.when;

/** Rules about each container, whatever the launch type. */
final class ContainerRules {

    /** Letters, digits and {@code -_:./#}, optionally {@code @sha256:} and 64 hex digits [BM-ECS ContainerDefinition.image]. */
    private static final Pattern IMAGE = Pattern.compile("^[a-zA-Z0-9\\-_:./#]+(@sha256:[a-f0-9]{64})?$");
    private static final int MAX_IMAGE_LENGTH = 255;

    private ContainerRules() {
    }

    static Seq<Violation> containerName(TaskDefinition td, String path, ContainerDefinition c) {
        if (name(c).isEmpty()) {
            return List.of(EcsRule.CONTAINER_NAME_REQUIRED.at(path + ".name"));
        }
        return when(!TaskRules.NAME.matcher(name(c)).matches(),
                () -> EcsRule.CONTAINER_NAME_FORMAT.at(path + ".name"));
    }

    static Seq<Violation> uniqueNames(TaskDefinition td) {
        return td.containerDefinitions().zipWithIndex()
                .filter(ci -> !name(ci._1).isEmpty())
                .filter(ci -> td.containerDefinitions().take(ci._2).exists(earlier -> earlier.name().equals(ci._1.name())))
                // ECS-RULES gives no wording for duplicates; this follows ECS's "Container.name ..." style
                .map(ci -> EcsRule.CONTAINER_NAMES_UNIQUE.at("containerDefinitions[" + ci._2 + "].name", name(ci._1)));
    }

    static Seq<Violation> image(TaskDefinition td, String path, ContainerDefinition c) {
        String image = c.image().getOrElse("");
        if (image.isBlank()) {
            return List.of(EcsRule.IMAGE_REQUIRED.at(path + ".image"));
        }
        return when(image.length() > MAX_IMAGE_LENGTH || !IMAGE.matcher(image).matches(),
                () -> EcsRule.IMAGE_FORMAT.at(path + ".image"));
    }

    static Seq<Violation> reservationWithinMemory(TaskDefinition td, String path, ContainerDefinition c) {
        // the model says memory > memoryReservation; an AWS docs fix says >=, which ECS accepts: use >=
        return when(c.memory().isDefined() && c.memoryReservation().exists(r -> r > c.memory().get()),
                () -> EcsRule.RESERVATION_WITHIN_MEMORY.at(path + ".memoryReservation", name(c)));
    }

    static Seq<Violation> dependsOn(TaskDefinition td, String path, ContainerDefinition c) {
        return c.dependsOn().zipWithIndex().flatMap(di -> {
            ContainerDependency dependency = di._1;
            String at = path + ".dependsOn[" + di._2 + "]";
            Option<ContainerDefinition> target = td.container(dependency.containerName());
            if (target.isEmpty()) {
                return List.of(EcsRule.DEPENDENCY_EXISTS.at(at + ".containerName", name(c), dependency.containerName()));
            }
            boolean runsToCompletion = dependency.condition() == ContainerCondition.SUCCESS
                    || dependency.condition() == ContainerCondition.COMPLETE;
            return when(runsToCompletion && target.get().isEssential(), () -> EcsRule.COMPLETING_DEPENDENCY_NOT_ESSENTIAL.at(at + ".condition"));
        });
    }

    static Seq<Violation> healthCheck(TaskDefinition td, String path, ContainerDefinition c) {
        return c.healthCheck().map(hc -> healthCheck(path + ".healthCheck", name(c), hc)).getOrElse(List.empty());
    }

    private static Seq<Violation> healthCheck(String path, String container, HealthCheck hc) {
        Seq<Violation> command = when(hc.command().isEmpty()
                        || !(hc.command().head().equals("CMD") || hc.command().head().equals("CMD-SHELL")),
                () -> EcsRule.HEALTH_CHECK_COMMAND.at(path + ".command", container));
        return command
                .appendAll(range(path, "interval", hc.interval(), 5, 300, container))
                .appendAll(range(path, "timeout", hc.timeout(), 2, 60, container))
                .appendAll(range(path, "retries", hc.retries(), 1, 10, container))
                .appendAll(range(path, "startPeriod", hc.startPeriod(), 0, 300, container));
    }

    /** HEALTH_CHECK_MINIMUM / HEALTH_CHECK_MAXIMUM, worded as ECS words the retries maximum. */
    private static Seq<Violation> range(String path, String field, Option<Integer> value, int min, int max, String container) {
        String label = field.equals("startPeriod") ? "start period" : field;
        return value.map(v -> {
            if (v < min) {
                return List.of(EcsRule.HEALTH_CHECK_MINIMUM.at(path + "." + field, label, min, container));
            }
            return when(v > max, () -> EcsRule.HEALTH_CHECK_MAXIMUM.at(path + "." + field, label, max, container));
        }).getOrElse(List.empty());
    }
}
