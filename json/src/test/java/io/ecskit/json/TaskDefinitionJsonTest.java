package io.ecskit.json;

import io.ecskit.domain.ErrorKind;
import io.ecskit.domain.Tag;
import io.ecskit.domain.Violation;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.LaunchType;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TaskDefinitionJsonTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = TaskDefinitionJsonTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void read_seedFile_givesTheSeedModelWithoutWarnings() throws IOException {
        ParsedTaskDefinition parsed = TaskDefinitionJson.read(resource("seed/hello-world-task-def.json")).get();

        TaskDefinition td = parsed.definition();
        assertThat(parsed.warnings()).isEmpty();
        assertThat(td.family()).isEqualTo("hello-world");
        assertThat(td.requiresCompatibilities()).containsExactly(LaunchType.FARGATE);
        assertThat(td.networkMode()).contains(NetworkMode.AWSVPC);
        assertThat(td.cpu()).isEmpty();
        ContainerDefinition c = td.containerDefinitions().single();
        assertThat(c.image()).isEqualTo("aws_account_id.dkr.ecr.us-east-1.amazonaws.com/hello-world");
        assertThat(c.cpu()).contains(10);
        assertThat(c.memory()).contains(500);
        assertThat(c.portMappings()).containsExactly(PortMapping.builder().containerPort(80).hostPort(80).build());
        assertThat(c.entryPoint()).containsExactly("/usr/sbin/apache2", "-D", "FOREGROUND");
        assertThat(c.logConfiguration()).contains(LogConfiguration.awslogs("test-log", "us-east-1", "api"));
        assertThat(c.essential()).contains(true);
    }

    @Test
    void roundTrip_seedFile_isLossless() throws IOException {
        TaskDefinition seed = TaskDefinitionJson.read(resource("seed/hello-world-task-def.json")).get().definition();

        assertThat(TaskDefinitionJson.read(TaskDefinitionJson.write(seed)).get().definition()).isEqualTo(seed);
    }

    @Test
    void roundTrip_everyFieldOfEveryRecord_isLossless() {
        TaskDefinition full = io.ecskit.contract.EveryFieldFixture.everyField();

        ParsedTaskDefinition back = TaskDefinitionJson.read(TaskDefinitionJson.write(full)).get();

        assertThat(back.warnings()).isEmpty();
        assertThat(back.definition()).isEqualTo(full);
    }

    @Test
    void read_describeOutput_takesWrapperTagsAndMetadata_andIgnoresReadOnlyFieldsSilently() throws IOException {
        ParsedTaskDefinition parsed = TaskDefinitionJson.read(resource("describe-task-definition.json")).get();

        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.taskDefinitionArn()).contains("arn:aws:ecs:us-west-2:123456789012:task-definition/hello_world:8");
        assertThat(parsed.revision()).contains(8);
        assertThat(parsed.status()).contains("ACTIVE");
        assertThat(parsed.definition().family()).isEqualTo("hello_world");
        assertThat(parsed.definition().tags()).containsExactly(Tag.of("team", "web"));
        assertThat(parsed.definition().containerDefinitions().map(ContainerDefinition::name)).containsExactly("wordpress", "mysql");
        assertThat(parsed.definition().containerDefinitions().get(0).links()).containsExactly("mysql");
    }

    @Test
    void roundTrip_describeOutput_isLosslessAndRegistrable() throws IOException {
        TaskDefinition described = TaskDefinitionJson.read(resource("describe-task-definition.json")).get().definition();

        String written = TaskDefinitionJson.write(described);

        assertThat(written).doesNotContain("taskDefinitionArn", "revision", "registeredAt", "compatibilities", "status");
        assertThat(TaskDefinitionJson.read(written).get().definition()).isEqualTo(described);
    }

    @Test
    void read_unknownFields_areWarnedWithTheirPaths() {
        String json = """
                {"family": "f", "foo": 1,
                 "containerDefinitions": [{"name": "c", "image": "i", "bar": true,
                   "logConfiguration": {"logDriver": "awslogs", "baz": {}}}]}
                """;

        ParsedTaskDefinition parsed = TaskDefinitionJson.read(json).get();

        assertThat(parsed.warnings().map(JsonWarning::path)).containsExactlyInAnyOrder(
                "foo", "containerDefinitions[0].bar", "containerDefinitions[0].logConfiguration.baz");
    }

    @Test
    void read_malformedJson_givesLineAndColumn() {
        String json = "{\n  \"family\": \"f\",\n  \"cpu\": ,\n}";

        JsonProblem problem = TaskDefinitionJson.read(json).getLeft();

        assertThat(problem).isInstanceOf(JsonProblem.Malformed.class);
        JsonProblem.Malformed malformed = (JsonProblem.Malformed) problem;
        assertThat(malformed.line()).isEqualTo(3);
        assertThat(malformed.column()).isEqualTo(10);
        assertThat(malformed.describe()).startsWith("line 3, column 10: ");
    }

    @Test
    void read_wrongTypesAndEnumValues_areAllReportedTogether() {
        String json = """
                {"family": "f", "networkMode": "overlay", "requiresCompatibilities": ["FARGATE", "LAMBDA"],
                 "containerDefinitions": [{"name": "c", "image": "i", "cpu": "abc", "essential": "yes",
                   "portMappings": [{"containerPort": 80, "protocol": "sctp"}]}]}
                """;

        JsonProblem.Invalid invalid = (JsonProblem.Invalid) TaskDefinitionJson.read(json).getLeft();

        assertThat(invalid.violations().map(Violation::path)).containsExactlyInAnyOrder(
                "networkMode", "requiresCompatibilities[1]", "containerDefinitions[0].cpu",
                "containerDefinitions[0].essential", "containerDefinitions[0].portMappings[0].protocol");
        assertThat(invalid.violations().map(Violation::kind).distinct()).containsExactly(ErrorKind.INVALID_PARAMETER_EXCEPTION);
        assertThat(invalid.violations().find(v -> v.path().equals("networkMode")).get().message()).isEqualTo(
                "1 validation error detected: Value 'overlay' at 'networkMode' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [bridge, host, awsvpc, none]");
        assertThat(invalid.violations().find(v -> v.path().equals("containerDefinitions[0].cpu")).get().message())
                .isEqualTo("Invalid type for parameter containerDefinitions[0].cpu, value: \"abc\", valid types: integer");
    }

    @Test
    void read_taskSizeAsNumberOrText_keepsTheText() {
        TaskDefinition td = TaskDefinitionJson.read("{\"family\": \"f\", \"cpu\": 1024, \"memory\": \"2 GB\"}").get().definition();

        assertThat(td.cpu()).contains("1024");
        assertThat(td.memory()).contains("2 GB");
        assertThat(td.memoryMiB()).contains(2048);
    }

    @Test
    void read_missingFile_isUnreadable() {
        JsonProblem problem = TaskDefinitionJson.read(Path.of("does-not-exist.json")).getLeft();

        assertThat(problem).isInstanceOf(JsonProblem.Unreadable.class);
        assertThat(problem.describe()).startsWith("does-not-exist.json: ");
    }
}
