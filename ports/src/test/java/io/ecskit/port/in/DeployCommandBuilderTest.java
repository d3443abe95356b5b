package io.ecskit.port.in;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The command builder takes strings as configuration has them and names every bad one at once (issue 14). */
class DeployCommandBuilderTest {

    private static final TaskDefinition FARGATE = TaskDefinition.builder().family("web")
            .requiresCompatibilities(List.of(Compatibility.FARGATE)).networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
            .containerDefinitions(List.of(ContainerDefinition.builder().name("web").image("nginx:1.27").build())).build();

    @Test
    void validStrings_makeTheCommandDeployWouldSend() {
        DeployService.Command command = DeployService.Command.builder().taskDefinition(FARGATE).cluster("apps").service("web")
                .desiredCount(3).subnets("subnet-8f0fdfc5").securityGroups("sg-0c7754adb2c02617b").assignPublicIp(true)
                .timeout(Duration.ofMinutes(5)).failFast().build().get();

        assertThat(command.cluster()).isEqualTo(ClusterName.of("apps"));
        assertThat(command.serviceName().map(Object::toString)).contains("web");
        assertThat(command.desiredCount()).isEqualTo(3);
        assertThat(command.service().launchType()).contains(LaunchType.FARGATE);
        var vpc = command.service().networkConfiguration().get().awsvpcConfiguration().get();
        assertThat(vpc.subnets()).containsExactly("subnet-8f0fdfc5");
        assertThat(vpc.securityGroups()).containsExactly("sg-0c7754adb2c02617b");
        assertThat(vpc.assignPublicIp()).contains(AssignPublicIp.ENABLED);
        assertThat(command.timeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(command.failFast()).isTrue();
        assertThat(command.waitForOutcome()).isTrue();
    }

    @Test
    void everyBadValue_isNamedAtOnce_withEcsWords() {
        var built = DeployService.Command.builder().taskDefinition(FARGATE).cluster("bad cluster!").service("bad service!")
                .desiredCount(-1).subnets("subnet-8f0fdfc5", "not-a-subnet").build();

        assertThat(built.isLeft()).isTrue();
        assertThat(built.getLeft()).isInstanceOf(EcsError.Invalid.class);
        var violations = ((EcsError.Invalid) built.getLeft()).violations().map(Violation::message);
        assertThat(violations).anySatisfy(m -> assertThat(m).contains("bad cluster!"))
                .anySatisfy(m -> assertThat(m).contains("bad service!"))
                .anySatisfy(m -> assertThat(m).isEqualTo("desiredCount can not be negative."))
                .anySatisfy(m -> assertThat(m).contains("not-a-subnet"));
        assertThat(violations).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aMissingTaskDefinition_isNamedBesideTheOtherProblems() {
        var built = DeployService.Command.builder().cluster("bad cluster!").service("web").build();

        var violations = ((EcsError.Invalid) built.getLeft()).violations().map(Violation::message);
        assertThat(violations).hasSize(2);
        assertThat(violations.get(1)).isEqualTo("A task definition to deploy is required.");
    }

    @Test
    void theTaskDefinitionsOwnRules_areCheckedToo() {
        var built = DeployService.Command.builder().taskDefinition(FARGATE.toBuilder().memory("100").build())
                .service("web").subnets("subnet-8f0fdfc5").build();

        assertThat(built.isLeft()).isTrue();
        assertThat(built.getLeft().message()).contains("memory");
    }
}
