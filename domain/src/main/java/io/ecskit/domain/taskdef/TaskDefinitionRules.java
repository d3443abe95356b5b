package io.ecskit.domain.taskdef;

import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * Whether ECS would register a task definition: every rule of ECS-RULES §1–4 that needs no AWS
 * call, applied in one pass, every violation reported (ECS itself stops at the first).
 */
public final class TaskDefinitionRules {

    /** At most this many containers in a definition (rule containersAtMostTen), daemon task definitions too. */
    public static final int MAX_CONTAINERS = TaskRules.MAX_CONTAINERS;


    private TaskDefinitionRules() {
    }

    /** The rules of every launch type in requiresCompatibilities (EC2 when none is given). */
    public static Either<Seq<Violation>, TaskDefinition> validate(TaskDefinition td) {
        Seq<LaunchType> launchTypes = td.requiresCompatibilities().isEmpty()
                ? List.of(LaunchType.EC2)
                : td.requiresCompatibilities().distinct().map(c -> LaunchType.valueOf(c.name()));
        return result(td, launchTypes.flatMap(lt -> RuleBook.violations(td, lt)).distinct());
    }

    /** The rules of one launch type, e.g. when a service runs the definition with that launch type. */
    public static Either<Seq<Violation>, TaskDefinition> validate(TaskDefinition td, LaunchType launchType) {
        return result(td, RuleBook.violations(td, launchType));
    }

    /**
     * Whether the definition satisfies every rule of one launch type: {@link #validate(TaskDefinition, LaunchType)}
     * {@code .isRight()}, stopping at the first rule broken (what RegisterTaskDefinition's compatibilities need).
     */
    public static boolean satisfies(TaskDefinition td, LaunchType launchType) {
        return RuleBook.passes(td, launchType);
    }

    /**
     * CreateService / RunTask with a launch type the definition was not registered for:
     * LAUNCH_TYPE_SUPPORTED [aws/aws-cli#3983]
     */
    public static Either<Seq<Violation>, TaskDefinition> checkCompatible(TaskDefinition td, LaunchType launchType) {
        boolean compatible = td.requiresCompatibilities().exists(c -> c.name().equals(launchType.name()))
                || td.requiresCompatibilities().isEmpty() && launchType == LaunchType.EC2;
        return compatible
                ? Either.right(td)
                : Either.left(List.of(io.ecskit.domain.EcsRule.LAUNCH_TYPE_SUPPORTED.at("taskDefinition", launchType.wire())));
    }

    /** A family name as RegisterTaskDefinition checks it (familyRequired, familyFormat), for commands that name one. */
    public static Seq<Violation> family(String family) {
        return TaskRules.family(family);
    }

    private static Either<Seq<Violation>, TaskDefinition> result(TaskDefinition td, Seq<Violation> violations) {
        return violations.isEmpty() ? Either.right(td) : Either.left(violations);
    }
}
