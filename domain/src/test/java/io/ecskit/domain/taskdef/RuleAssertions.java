package io.ecskit.domain.taskdef;

import io.ecskit.domain.LaunchType;
import io.ecskit.domain.ErrorKind;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the violations of one launch type's rules. */
final class RuleAssertions {

    private RuleAssertions() {
    }

    static Seq<Violation> violations(TaskDefinition td, LaunchType launchType) {
        return TaskDefinitionRules.validate(td, launchType).fold(v -> v, ok -> List.empty());
    }

    static void assertViolation(TaskDefinition td, LaunchType launchType, String path, String message) {
        // AWS's exact words at the exact path, with AWS's error kind; the rule each comes from is asserted in the catalog tests
        assertThat(violations(td, launchType).map(v -> v.kind() + " " + v).asJava())
                .contains(kindOf(message) + " " + path + ": " + message);
    }

    static void assertValid(TaskDefinition td, LaunchType launchType) {
        assertThat(violations(td, launchType).asJava()).isEmpty();
    }

    static void assertNoViolationAt(TaskDefinition td, LaunchType launchType, String path) {
        assertThat(violations(td, launchType).map(Violation::path).asJava()).doesNotContain(path);
    }

    private static ErrorKind kindOf(String message) {
        return message.startsWith("Task definition does not support launch_type")
                ? ErrorKind.INVALID_PARAMETER_EXCEPTION
                : ErrorKind.CLIENT_EXCEPTION;
    }
}
