package io.ecskit.domain.taskdef;

import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Tag;

import io.vavr.collection.List;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import org.junit.jupiter.api.Test;

import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.ec2Bridge;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;

class TaskDefinitionRulesTest {

    /** satisfies (what compatibilities ask, stopping at the first rule broken) says what validate says, fresh or known. */
    @Test
    void satisfies_agreesWithValidate_forEveryLaunchType() {
        java.util.List<TaskDefinition> definitions = java.util.List.of(seed(), fargate().build(), ec2Bridge().build(),
                fargate().networkMode(NetworkMode.BRIDGE).build(), fargate().cpu("255").build(),
                ec2Bridge().requiresCompatibilities(List.empty()).networkMode(NetworkMode.AWSVPC).build(),
                fargate().requiresCompatibilities(List.empty()).build());
        for (TaskDefinition td : definitions) {
            for (LaunchType launchType : LaunchType.values()) {
                // a copy the verdicts never saw, then the object validate just judged
                TaskDefinition fresh = td.toBuilder().build();
                boolean valid = TaskDefinitionRules.validate(td, launchType).isRight();
                assertThat(TaskDefinitionRules.satisfies(fresh, launchType)).as("%s on %s, fresh", td.family(), launchType).isEqualTo(valid);
                assertThat(TaskDefinitionRules.satisfies(td, launchType)).as("%s on %s, known", td.family(), launchType).isEqualTo(valid);
            }
        }
        assertThat(TaskDefinitionRules.satisfies(fargate().build(), LaunchType.FARGATE)).isTrue();
        assertThat(TaskDefinitionRules.satisfies(ec2Bridge().build(), LaunchType.FARGATE)).isFalse();
    }

    @Test
    void validate_seedAsWrittenIn2018_namesEveryReasonInOnePass() {
        var violations = TaskDefinitionRules.validate(seed()).getLeft();

        assertThat(violations.asJava()).containsExactlyInAnyOrder(
                EcsRule.FARGATE_REQUIRES_TASK_CPU.at("cpu"),
                EcsRule.FARGATE_REQUIRES_TASK_MEMORY.at("memory"),
                EcsRule.FARGATE_AWSLOGS_REQUIRES_EXECUTION_ROLE.at("executionRoleArn"),
                EcsRule.FARGATE_ECR_REQUIRES_EXECUTION_ROLE.at("executionRoleArn"));
        assertThat(violations.map(Violation::message).asJava()).contains(
                "Fargate requires that 'cpu' be defined at the task level.",
                "Fargate requires task definition to have execution role ARN to support ECR images.");
    }

    @Test
    void validate_correctedFargateAndEc2Bridge_haveNoViolations() {
        assertThat(TaskDefinitionRules.validate(fargate().build()).isRight()).isTrue();
        assertThat(TaskDefinitionRules.validate(ec2Bridge().build()).isRight()).isTrue();
    }

    @Test
    void validate_withBothCompatibilities_appliesBothRuleSetsOnce() {
        TaskDefinition both = fargate().requiresCompatibilities(List.of(Compatibility.FARGATE, Compatibility.EC2)).family("").build();

        var violations = TaskDefinitionRules.validate(both).getLeft();

        assertThat(violations.filter(v -> v.path().equals("family")).size()).isEqualTo(1);
    }

    @Test
    void validate_withoutCompatibilities_usesEc2Rules() {
        TaskDefinition td = ec2Bridge().requiresCompatibilities(io.vavr.collection.List.empty())
                .networkMode(NetworkMode.BRIDGE).build();
        assertThat(TaskDefinitionRules.validate(td).isRight()).isTrue();
    }

    @Test
    void checkCompatible_whenFargateNotRequired_isInvalidParameter() {
        assertThat(TaskDefinitionRules.checkCompatible(ec2Bridge().build(), LaunchType.FARGATE).getLeft())
                .containsExactly(EcsRule.LAUNCH_TYPE_SUPPORTED.at("taskDefinition", "FARGATE"));
        assertThat(TaskDefinitionRules.checkCompatible(fargate().build(), LaunchType.FARGATE).isRight()).isTrue();
    }
}
