package io.ecskit.json;

import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.ErrorKind;
import io.ecskit.domain.Tag;
import io.ecskit.domain.Violation;
import io.ecskit.domain.service.DeploymentStrategy;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.EnvironmentFileType;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.VersionConsistency;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EcsJsonTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = EcsJsonTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonProblem.Invalid invalid(String json) {
        return (JsonProblem.Invalid) EcsJson.readTaskDefinition(json).getLeft();
    }

    @Test
    void readTaskDefinition_seedFile_givesTheSeedModel() throws IOException {
        TaskDefinition td = EcsJson.readTaskDefinition(resource("seed/hello-world-task-def.json")).get();

        assertThat(td.family()).isEqualTo("hello-world");
        assertThat(td.requiresCompatibilities()).containsExactly(Compatibility.FARGATE);
        assertThat(td.networkMode()).contains(NetworkMode.AWSVPC);
        assertThat(td.cpu()).isEmpty();
        ContainerDefinition c = td.containerDefinitions().single();
        assertThat(c.image()).contains("aws_account_id.dkr.ecr.us-east-1.amazonaws.com/hello-world");
        assertThat(c.cpu()).contains(10);
        assertThat(c.memory()).contains(500);
        assertThat(c.portMappings()).containsExactly(PortMapping.builder().containerPort(80).hostPort(80).build());
        assertThat(c.entryPoint()).containsExactly("/usr/sbin/apache2", "-D", "FOREGROUND");
        assertThat(c.logConfiguration()).contains(LogConfiguration.awslogs("test-log", "us-east-1", "api"));
        assertThat(c.essential()).contains(true);
    }

    @Test
    void roundTrip_seedFile_isLossless() throws IOException {
        TaskDefinition seed = EcsJson.readTaskDefinition(resource("seed/hello-world-task-def.json")).get();

        assertThat(EcsJson.readTaskDefinition(EcsJson.write(seed)).get()).isEqualTo(seed);
    }

    @Test
    void readTaskDefinition_describeOutput_takesWrapperTags_andAcceptsReadOnlyMembers() throws IOException {
        TaskDefinition td = EcsJson.readTaskDefinition(resource("describe-task-definition.json")).get();

        assertThat(td.family()).isEqualTo("hello_world");
        assertThat(td.tags()).containsExactly(Tag.of("team", "web"));
        assertThat(td.containerDefinitions().map(ContainerDefinition::name)).containsExactly(
                io.vavr.control.Option.of("wordpress"), io.vavr.control.Option.of("mysql"));
        assertThat(EcsJson.write(td)).doesNotContain("taskDefinitionArn", "revision", "registeredAt", "compatibilities", "\"status\"");
    }

    @Test
    void readTaskDefinition_fieldsEcsAddedIn2024And2025_areKeptNotDropped() {
        String json = """
                {"family": "app", "containerDefinitions": [{"name": "app", "image": "nginx",
                  "environmentFiles": [{"value": "arn:aws:s3:::bucket/app.env", "type": "s3"}],
                  "restartPolicy": {"enabled": true, "ignoredExitCodes": [0], "restartAttemptPeriod": 60},
                  "versionConsistency": "disabled"}]}
                """;

        ContainerDefinition c = EcsJson.readTaskDefinition(json).get().containerDefinitions().single();

        assertThat(c.environmentFiles().single().type()).isEqualTo(EnvironmentFileType.S3);
        assertThat(c.restartPolicy().get().restartAttemptPeriod()).contains(60);
        assertThat(c.versionConsistency()).contains(VersionConsistency.DISABLED);
        assertThat(EcsJson.write(EcsJson.readTaskDefinition(json).get()))
                .contains("\"environmentFiles\"", "\"restartPolicy\"", "\"versionConsistency\": \"disabled\"");
    }

    @Test
    void readTaskDefinition_unknownMembers_areRefusedAsTheAwsCliRefusesThem() {
        String json = """
                {"family": "f", "foo": 1,
                 "containerDefinitions": [{"name": "c", "imagee": "i",
                   "logConfiguration": {"logDriver": "awslogs", "baz": {}}}]}
                """;

        JsonProblem.Invalid problem = invalid(json);

        assertThat(problem.violations().map(Violation::path)).containsExactlyInAnyOrder(
                "foo", "containerDefinitions[0].imagee", "containerDefinitions[0].logConfiguration.baz");
        assertThat(problem.violations().map(Violation::kind).distinct()).containsExactly(ErrorKind.PARAM_VALIDATION);
        assertThat(problem.violations().find(v -> v.path().equals("containerDefinitions[0].imagee")).get().message())
                .startsWith("Unknown parameter in containerDefinitions[0]: \"imagee\", must be one of: name, image, repositoryCredentials, cpu");
        assertThat(problem.violations().find(v -> v.path().equals("foo")).get().message())
                .startsWith("Unknown parameter in input: \"foo\", must be one of: family, taskRoleArn, executionRoleArn");
    }

    @Test
    void readTaskDefinition_wrongTypesEnumValuesAndMissingMembers_areAllReportedTogether() {
        String json = """
                {"networkMode": "overlay", "requiresCompatibilities": ["FARGATE", "LAMBDA"], "cpu": 1024,
                 "containerDefinitions": [{"name": "c", "image": "i", "cpu": "abc", "essential": "yes",
                   "portMappings": [{"containerPort": 80, "protocol": "sctp"}],
                   "secrets": [{"name": "DB_PASSWORD"}]}]}
                """;

        JsonProblem.Invalid problem = invalid(json);

        assertThat(problem.violations().map(Violation::path)).containsExactlyInAnyOrder(
                "cpu", "containerDefinitions[0].cpu", "containerDefinitions[0].essential",
                "family", "networkMode", "requiresCompatibilities[1]", "containerDefinitions[0].portMappings[0].protocol",
                "containerDefinitions[0].secrets[0].valueFrom");
        assertThat(problem.violations().find(v -> v.path().equals("containerDefinitions[0].cpu")).get().message())
                .isEqualTo("Invalid type for parameter containerDefinitions[0].cpu, value: abc, type: <class 'str'>, "
                        + "valid types: <class 'int'>");
        assertThat(problem.violations().find(v -> v.path().equals("cpu")).get().message())
                .isEqualTo("Invalid type for parameter cpu, value: 1024, type: <class 'int'>, valid types: <class 'str'>");
        assertThat(problem.violations().find(v -> v.path().equals("networkMode")).get().message()).isEqualTo(
                "1 validation error detected: Value 'overlay' at 'networkMode' failed to satisfy constraint: "
                        + "Member must satisfy enum value set: [bridge, host, awsvpc, none]");
        assertThat(problem.violations().find(v -> v.path().equals("family")).get().message())
                .isEqualTo("Missing required parameter in input: \"family\"");
    }

    @Test
    void parse_malformedJson_givesLineAndColumn() {
        JsonProblem.Malformed malformed = (JsonProblem.Malformed) EcsJson.readTaskDefinition("{\n  \"family\": \"f\",\n  \"cpu\": ,\n}").getLeft();

        assertThat(malformed.line()).isEqualTo(3);
        assertThat(malformed.column()).isEqualTo(10);
        assertThat(malformed.describe()).startsWith("line 3, column 10: ");
    }

    @Test
    void parse_byteOrderMarkEmptyAndDeepNesting_areNamed() {
        assertThat(EcsJson.readTaskDefinition("\uFEFF{\"family\": \"f\"}").getLeft().describe()).contains("byte order mark");
        assertThat(EcsJson.readTaskDefinition("  \n").getLeft().describe()).contains("empty");
        assertThat(EcsJson.readTaskDefinition("[1]").getLeft().describe()).contains("expected a JSON object, found an array");
        String deep = "{\"a\":".repeat(SdkJson.MAX_NESTING + 5) + "1" + "}".repeat(SdkJson.MAX_NESTING + 5);
        JsonProblem.Malformed tooDeep = (JsonProblem.Malformed) EcsJson.readTaskDefinition(deep).getLeft();
        assertThat(tooDeep.message()).isEqualTo("the document is nested more than " + SdkJson.MAX_NESTING + " levels deep");
        assertThat(tooDeep.column()).isGreaterThan(1);
    }

    @Test
    void readServiceSpec_createServiceInput_carriesTheNewDeploymentFields() {
        String json = """
                {"cluster": "prod", "serviceName": "web", "taskDefinition": "web:3", "desiredCount": 2,
                 "launchType": "FARGATE",
                 "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d"], "assignPublicIp": "DISABLED"}},
                 "deploymentConfiguration": {"strategy": "CANARY", "bakeTimeInMinutes": 10,
                   "canaryConfiguration": {"canaryPercent": 5.0, "canaryBakeTimeInMinutes": 3},
                   "deploymentCircuitBreaker": {"enable": true, "rollback": true,
                     "thresholdConfiguration": {"type": "COUNT", "value": 2}, "resetOnHealthyTask": false},
                   "lifecycleHooks": [{"targetType": "PAUSE", "lifecycleStages": ["POST_SCALE_UP"],
                     "timeoutConfiguration": {"timeoutInMinutes": 30, "action": "CONTINUE"}}]},
                 "availabilityZoneRebalancing": "ENABLED", "enableExecuteCommand": true}
                """;

        ServiceSpec spec = EcsJson.readServiceSpec(json).get();

        assertThat(spec.serviceName()).isEqualTo("web");
        assertThat(spec.cluster().get().value()).isEqualTo("prod");
        assertThat(spec.taskDefinition().get().toString()).isEqualTo("web:3");
        var deployment = spec.deploymentConfiguration().get();
        assertThat(deployment.strategy()).contains(DeploymentStrategy.CANARY);
        assertThat(deployment.canaryConfiguration().get().canaryPercent()).contains(5.0);
        assertThat(deployment.deploymentCircuitBreaker().get().thresholdConfiguration().get().value()).isEqualTo(2);
        assertThat(deployment.lifecycleHooks().single().timeoutConfiguration().get().timeoutInMinutes()).contains(30);
        assertThat(EcsJson.node(spec)).isEqualTo(SdkJson.parse(json).get());
    }

    @Test
    void readServiceSpec_badClusterName_isRefusedWithEcsMessage() {
        JsonProblem.Invalid problem = (JsonProblem.Invalid) EcsJson.readServiceSpec("{\"serviceName\": \"web\", \"cluster\": \"bad name\"}").getLeft();

        assertThat(problem.violations()).containsExactly(io.ecskit.domain.EcsRule.CLUSTER_NAME_FORMAT.at("cluster", "bad name"));
        assertThat(problem.violations().head().message()).isEqualTo("Cluster must match ^[a-zA-Z0-9\\-_]{1,255}$, but was bad name");
    }
}
