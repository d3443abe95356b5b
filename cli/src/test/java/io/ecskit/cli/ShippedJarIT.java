package io.ecskit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped jar, {@code java -jar target/ecskit.jar}, in its own process, on the in-memory backend
 * (whose state lives for one run): help on every command, every local error named once, one JSON
 * document for {@code --output json}, and the findings of issue 9 as they were reported.
 */
class ShippedJarIT {

    static final String SEED = "src/main/resources/seed/hello-world-task-def.json";
    static final String CORRECTED = "src/main/resources/hello-world-task-def.json";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Every command the CLI has; the first test fails when the root help lists another. */
    static final String[] COMMANDS = {"help", "generate-completion", "hello-world", "validate", "register-task-definition",
        "list-task-definitions", "diff", "create-cluster", "cleanup", "deploy", "update-service", "scale", "rollback",
        "list-services", "describe-services", "run-task", "describe-tasks", "stop-task", "push-image", "create-log-group", "logs", "deployments", "continue-deployment", "stop-deployment", "server"};

    @TempDir
    Path dir;

    static Stream<String> commands() {
        return Arrays.stream(COMMANDS).filter(c -> !c.equals("help"));
    }

    @Test
    void rootHelp_listsExactlyTheCommandsTestedHere() {
        JarRun run = JarRun.of("--help");

        assertThat(run.exitCode()).isZero();
        String commands = run.out().substring(run.out().indexOf("Commands:"), run.out().indexOf("Exit codes:"));
        assertThat(commands.lines().skip(1).filter(l -> l.startsWith("  ") && !l.startsWith("    "))
                .map(l -> l.trim().split("\\s+")[0])).containsExactlyInAnyOrder(COMMANDS);
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommand_help_printsUsageOnStdout_exit0_globalOptionsOnceAfterItsOwn_withExamples(String command) {
        JarRun help = JarRun.of(command, "--help");
        JarRun h = JarRun.of(command, "-h");

        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).startsWith("Usage: ecskit " + command);
        assertThat(h.out()).isEqualTo(help.out());
        if (!command.equals("generate-completion")) {
            assertThat(help.out()).contains("Examples:");
            int own = help.out().indexOf("Options:");
            int global = help.out().indexOf("Global options:");
            assertThat(own).isPositive().isLessThan(global);
            // the server serves the in-memory backend: of the global options only --region and --debug are its
            assertThat(help.out().split("--backend=", -1)).hasSize(command.equals("server") ? 1 : 2);
            assertThat(help.out().split("--region=", -1)).hasSize(2);
        }
    }

    @Test
    void server_refusesAGlobalOptionItDoesNotActOn_byName() {
        JarRun run = JarRun.of("--backend", "aws", "server", "--profile", "dev", "--port", "0");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--backend does not apply to ecskit server").contains("--profile does not apply to ecskit server");
    }

    @Test
    void helpCommand_printsTheSameAsDashDashHelp() {
        assertThat(JarRun.of("help", "deploy").out()).isEqualTo(JarRun.of("deploy", "--help").out());
    }

    @Test
    void generateCompletion_printsABashCompletionScript() {
        JarRun run = JarRun.of("generate-completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F", "ecskit");
    }

    @Test
    void unknownOption_exits2_withOneLineAndWhereHelpIs() {
        JarRun run = JarRun.of("deploy", "--task-definition", CORRECTED, "--service", "web", "--bogus");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("Unknown option: '--bogus'", "Try 'ecskit deploy --help' for more information.");
        assertThat(run.out()).isEmpty();
    }

    // ---- validate --------------------------------------------------------------------------

    @Test
    void validate_seed_exits2_namingEveryViolationOnce() {
        JarRun run = JarRun.of("validate", SEED);

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.out()).contains(
                "ClientException: cpu: Fargate requires that 'cpu' be defined at the task level.",
                "ClientException: memory: Fargate requires that 'memory' be defined at the task level.",
                SEED + ": ");
        assertThat(run.out().lines().filter(l -> l.contains("'cpu' be defined"))).hasSize(1);
    }

    @Test
    void validate_corrected_exits0_withASummary_andLaunchTypeInAnyCase() {
        JarRun run = JarRun.of("validate", CORRECTED, "--launch-type", "fargate");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("valid: hello-world for FARGATE; 1 container; cpu 256; memory 512\n");
    }

    @Test
    void validate_outputJson_isOneDocument_withValidAndViolations() throws IOException {
        JarRun run = JarRun.of("validate", SEED, "--output", "json");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("valid").asBoolean()).isFalse();
        assertThat(doc.get("violations")).isNotEmpty();
        JsonNode first = doc.get("violations").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("path", "kind", "message", "rule", "call");
        // rule fargateRequiresTaskCpu (docs/ecs-rules.md): the id and the call ECS applies it at
        assertThat(first.get("rule").asText()).isEqualTo("fargateRequiresTaskCpu");
        assertThat(first.get("call").asText()).isEqualTo("RegisterTaskDefinition");
        assertThat(doc.get("warnings").isArray()).isTrue();
    }

    @Test
    void validate_missingFile_isNamedOnce_notTwice() {
        JarRun run = JarRun.of("validate", "nonexistent.json");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("nonexistent.json: no such file\n");
    }

    @Test
    void validate_dash_readsStandardInput() throws IOException {
        JarRun run = JarRun.withStdin(Files.readString(Path.of(CORRECTED)), "validate", "-");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("valid: hello-world");
    }

    @Test
    void validate_aByteOrderMark_isNamed_notPrinted() throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(file, ("\uFEFF" + Files.readString(Path.of(CORRECTED))).getBytes(StandardCharsets.UTF_8));

        JarRun run = JarRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("byte order mark (BOM)").doesNotContain("\uFEFF");
    }

    @Test
    void validate_deeplyNestedJson_saysSo_atARealPosition() throws IOException {
        Path file = Files.writeString(dir.resolve("deep.json"), "{\"family\": " + "[".repeat(5000) + "]".repeat(5000) + "}");

        JarRun run = JarRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("nested more than 200 levels").doesNotContain("line 0, column 0");
    }

    @Test
    void validate_aDirectory_andAnEmptyFile_areNamedAsSuch() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");

        assertThat(JarRun.of("validate", dir.toString()).err()).isEqualTo(dir + ": is a directory, not a JSON file\n");
        assertThat(JarRun.of("validate", empty.toString()).err()).isEqualTo(empty + ": is empty; expected a JSON object\n");
    }

    // ---- the walkthrough and deploy ------------------------------------------------------------

    @Test
    void helloWorld_inMemory_runsEveryStep_sayingTimeIsSimulated() {
        JarRun run = JarRun.of("hello-world");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains(
                "==> 0. push the image to ECR", "123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world@sha256:",
                "==> 1. register-task-definition --cli-input-json file://", "hello-world-task-def.json",
                "registered arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:1 (ACTIVE)",
                "==> 4. create-service --cluster test-cluster", "--network-configuration awsvpcConfiguration={subnets=[subnet-8f0fdfc5]",
                "outcome: SUCCEEDED", "reused hello-world:1, waited ", " s simulated)",
                "test-service: ACTIVE, FARGATE, desired 1, running 1",
                "network: subnets subnet-8f0fdfc5, security groups sg-0c7754adb2c02617b, public IP ENABLED",
                "registered hello-world:2",
                "deleted service test-service", "deleted cluster test-cluster", "deleted repository hello-world",
                "deregistered task definition hello-world:2", "deleted log group test-log",
                "hello-world: done on the inmemory backend (us-east-1); time was simulated");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helloWorld_outputJson_isOneDocumentOnStdout_narrationOnStderr() throws IOException {
        JarRun run = JarRun.of("hello-world", "--output", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.at("/taskDefinition/taskDefinitionArn").asText()).endsWith("task-definition/hello-world:1");
        assertThat(doc.at("/services/0/networkConfiguration/awsvpcConfiguration/subnets/0").asText()).isEqualTo("subnet-8f0fdfc5");
        assertThat(doc.at("/services/0/deployments/0/rolloutState").asText()).isEqualTo("COMPLETED");
        assertThat(doc.at("/updated/result").asText()).isEqualTo("SUCCEEDED");
        assertThat(doc.at("/image/imageDigest").asText()).startsWith("sha256:");
        assertThat(doc.at("/cleanup/steps/0/action").asText()).isEqualTo("DELETED");
        assertThat(run.err()).contains("==> 0. push the image to ECR");
    }

    @Test
    void deploy_withAnExitThatFiresAfterTheDeploymentFinished_saysSo() {
        JarRun run = JarRun.of("deploy", "--task-definition", CORRECTED, "--cluster", "apps", "--service", "web",
                "--subnets", "subnet-0123456789abcdef0", "--security-groups", "sg-0123456789abcdef0", "--simulate", "exits=httpd:137");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("outcome: SUCCEEDED")
                .contains("note: --simulate exits=httpd:137 had not fired when the deployment finished");
        assertThat(run.out().indexOf("note:")).isGreaterThan(run.out().indexOf("outcome:"));
    }

    @Test
    void deploy_inMemory_createsClusterAndLogGroup_andSaysSo_outputJsonInAwsShape() throws IOException {
        JarRun text = JarRun.of("deploy", "--task-definition", CORRECTED, "--cluster", "apps", "--service", "web",
                "--subnets", "subnet-0123456789abcdef0", "--security-groups", "sg-0123456789abcdef0", "--launch-type", "fargate");
        JarRun json = JarRun.of("deploy", "--task-definition", CORRECTED, "--cluster", "apps", "--service", "web",
                "--subnets", "subnet-0123456789abcdef0", "--security-groups", "sg-0123456789abcdef0", "--output", "json");

        assertThat(text.exitCode()).as(text.toString()).isZero();
        assertThat(text.out()).contains("created cluster apps", "created log group test-log", "outcome: SUCCEEDED",
                "registered hello-world:1", " s simulated)");
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("result").asText()).isEqualTo("SUCCEEDED");
        assertThat(doc.get("createdCluster").asBoolean()).isTrue();
        assertThat(doc.at("/service/deployments/0/status").asText()).isEqualTo("PRIMARY");
        assertThat(doc.at("/service/networkConfiguration/awsvpcConfiguration/securityGroups/0").asText()).isEqualTo("sg-0123456789abcdef0");
        assertThat(doc.at("/service/serviceName").asText()).isEqualTo("web");
    }

    @Test
    void runTask_inMemory_passesTheEssentialContainersExitCodeOn_andRunsTheOverriddenCommand() throws IOException {
        JarRun failing = JarRun.of("run-task", "--task-definition", CORRECTED, "--subnets", "subnet-0123456789abcdef0",
                "--command", "sh -c 'exit 4'", "--env", "STEP=migrate", "--simulate", "one-off-exits=4@2m");
        JarRun json = JarRun.of("run-task", "--task-definition", CORRECTED, "--subnets", "subnet-0123456789abcdef0",
                "--cluster", "jobs", "--command", "[\"rails\",\"db:migrate\"]", "--output", "json");

        assertThat(failing.exitCode()).as(failing.toString()).isEqualTo(4);
        assertThat(failing.out()).contains("started task ", "outcome: FAILED", "exit code 4", "EssentialContainerExited",
                " s simulated)", "running sh -c exit 4");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("result").asText()).isEqualTo("SUCCEEDED");
        assertThat(doc.get("exitCode").asInt()).isZero();
        assertThat(doc.at("/task/overrides/containerOverrides/0/command/1").asText()).isEqualTo("db:migrate");
        assertThat(doc.at("/task/clusterArn").asText()).endsWith(":cluster/jobs");
        assertThat(doc.get("logs").get(0).get("message").asText()).endsWith("running rails db:migrate");
        assertThat(json.err()).contains("started task ");
    }

    @Test
    void runTask_badInput_exits2_namingEachProblem_andECSsRefusalKeepsItsWords() {
        JarRun bad = JarRun.of("run-task", "--task-definition", CORRECTED, "--cluster", "no/such", "--command", "sh -c 'oops");
        JarRun unknownContainer = JarRun.of("run-task", "--task-definition", CORRECTED, "--subnets", "subnet-0123456789abcdef0",
                "--container", "django", "--command", "manage.py migrate");

        assertThat(bad.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(bad.err()).contains("--cluster", "--command: the quote ' is never closed");
        assertThat(unknownContainer.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        // rule overrideContainerFound
        assertThat(unknownContainer.err()).contains("InvalidParameterException: Override for container named django is not a "
                + "container in the TaskDefinition.");
    }

    @Test
    void deploy_withoutNetwork_exits2_eachViolationOnce() {
        JarRun run = JarRun.of("deploy", "--task-definition", CORRECTED, "--service", "web");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("networkConfiguration");
        assertThat(run.err().lines().distinct().count()).isEqualTo(run.err().lines().count());
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void registerTaskDefinition_cliInputJsonFileUrl_printsTheRevision_andJsonIsDescribeTaskDefinitionsShape() throws IOException {
        JarRun text = JarRun.of("register-task-definition", "--cli-input-json", "file://" + CORRECTED);
        JarRun json = JarRun.of("register-task-definition", "--file", CORRECTED, "--output", "json");

        assertThat(text.out()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:1 (ACTIVE)\n");
        assertThat(JSON.readTree(json.out()).at("/taskDefinition/family").asText()).isEqualTo("hello-world");
    }

    @Test
    void registerTaskDefinition_seed_exits2_registeringNothing_eachViolationOnce() {
        JarRun run = JarRun.of("register-task-definition", "--file", SEED);

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("ClientException: cpu: Fargate requires that 'cpu' be defined at the task level.");
        assertThat(run.err().lines().filter(l -> l.contains("'cpu' be defined"))).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void diff_takesTheFilePositionally_againstAnEmptyFamily() throws IOException {
        JarRun run = JarRun.of("diff", CORRECTED);
        JarRun json = JarRun.of("diff", CORRECTED, "--output", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("containerDefinitions[0].name: (none) -> hello-world");
        assertThat(JSON.readTree(json.out()).get("changes").get(0).get("path").asText()).isNotEmpty();
    }

    // ---- every other command, its JSON, its errors -------------------------------------------------

    @Test
    void createCluster_andCreateLogGroup_outputJson_areAwsShaped() throws IOException {
        JsonNode cluster = JSON.readTree(JarRun.of("create-cluster", "--cluster-name", "apps", "--output", "json").out());
        JsonNode group = JSON.readTree(JarRun.of("create-log-group", "--log-group-name", "/ecs/web", "--retention-in-days", "7",
                "--output", "json").out());

        assertThat(cluster.at("/cluster/clusterName").asText()).isEqualTo("apps");
        assertThat(cluster.at("/cluster/status").asText()).isEqualTo("ACTIVE");
        assertThat(group.at("/logGroup/logGroupName").asText()).isEqualTo("/ecs/web");
        assertThat(group.at("/logGroup/retentionInDays").asInt()).isEqualTo(7);
    }

    @Test
    void createCluster_badName_exits2_withEcsMessage_once() {
        JarRun run = JarRun.of("create-cluster", "--cluster-name", "bad name");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err().lines()).singleElement().asString().startsWith("--cluster-name: ");
    }

    @Test
    void listCommands_outputJson_useTheAwsCliMemberNames() throws IOException {
        assertThat(JSON.readTree(JarRun.of("list-task-definitions", "--output", "json").out()).get("taskDefinitionArns").isArray()).isTrue();
        JarRun services = JarRun.of("list-services", "--cluster", "nope", "--output", "json");
        assertThat(services.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(JSON.readTree(services.out()).at("/error/code").asText()).isEqualTo("ClusterNotFoundException");
        assertThat(services.err()).isEqualTo("ecskit: ClusterNotFoundException: Cluster not found.\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serviceCommands")
    void serviceCommands_onAFreshBackend_exit1_withECSsErrorInOneLine(String name, String[] args) {
        JarRun run = JarRun.of(args);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err()).matches("ecskit: (ClusterNotFoundException|ServiceNotFoundException): .*\n");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> serviceCommands() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("update-service", new String[] {"update-service", "--service", "web", "--image", "nginx:1"}),
                org.junit.jupiter.params.provider.Arguments.of("scale", new String[] {"scale", "--service", "web", "--desired-count", "2"}),
                org.junit.jupiter.params.provider.Arguments.of("rollback", new String[] {"rollback", "--service", "web"}),
                org.junit.jupiter.params.provider.Arguments.of("describe-services", new String[] {"describe-services", "--cluster", "nope", "--services", "web"}));
    }

    @Test
    void logs_withNoEvents_outputJson_isAnEmptyEventsList() throws IOException {
        JarRun run = JarRun.of("logs", "--cluster", "default", "--service", "web", "--output", "json");

        if (run.exitCode() == 0) {
            assertThat(JSON.readTree(run.out()).get("events")).isEmpty();
        } else {
            // no such service on a fresh backend: still one JSON document
            assertThat(JSON.readTree(run.out()).at("/error/code").asText()).isNotEmpty();
        }
    }

    @Test
    void cleanup_outputJson_isStepsNotSentences() throws IOException {
        JarRun run = JarRun.of("cleanup", "--cluster", "gone", "--deregister-family", "hello-world",
                "--delete-log-group", "test-log", "--delete-repository", "hello-world", "--output", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode steps = JSON.readTree(run.out()).get("steps");
        assertThat(steps.get(0).get("action").asText()).isEqualTo("ALREADY_GONE");
        assertThat(steps.get(0).get("resource").asText()).isEqualTo("CLUSTER");
        assertThat(steps.findValuesAsText("resource")).contains("LOG_GROUP", "REPOSITORY");
    }

    @Test
    void pushImage_outputJson_isOneDocument_progressOnStderr_noVavrLeaks() throws IOException {
        JarRun run = JarRun.of("push-image", "--source", "public.ecr.aws/docker/library/httpd:2.4", "--repository", "web",
                "--output", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("imageTag").asText()).isEqualTo("latest");
        assertThat(doc.get("imageUri").asText()).endsWith("/web:latest");
        assertThat(run.out()).doesNotContain("Right(", "\"value\"");
    }

    @Test
    void pushImage_missingDockerArchive_isALocalProblem_namingThePath() {
        JarRun run = JarRun.of("push-image", "--source", "docker-archive:" + dir.resolve("nope.tar"), "--repository", "web");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("--source: " + dir.resolve("nope.tar") + ": no such file\n");
    }

    // ---- the AWS path's failures, without AWS ---------------------------------------------------

    @Test
    void awsBackend_withoutCredentials_isNoCredentials_withAHint_notServerException() {
        JarRun run = JarRun.run(Map.of(), null, "list-services", "--backend", "aws", "--region", "us-east-1",
                "--endpoint-url", "http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err()).startsWith("ecskit: NoCredentialsError: Unable to locate credentials").contains("hint: ")
                .doesNotContain("ServerException");
        assertThat(run.err().length()).isLessThan(400);
    }

    @Test
    void awsBackend_nothingListening_isEndpointUnreachable_inOneLinePlusHint() {
        JarRun run = JarRun.of("hello-world", "--backend", "aws", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err()).startsWith("ecskit: EndpointConnectionError: Could not connect to the endpoint URL");
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void awsBackend_unknownHost_isEndpointUnreachable() {
        JarRun run = JarRun.of("list-services", "--backend", "aws", "--region", "us-east-1", "--endpoint-url", "http://ecs.nonexistent.invalid");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.FAILED);
        assertThat(run.err()).startsWith("ecskit: EndpointConnectionError: ").contains("unknown host");
    }

    @Test
    void awsBackend_withoutRegion_isInvalidInput_namingTheOption() {
        JarRun run = JarRun.of("list-services", "--backend", "aws");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("--region: no AWS region; pass --region, set AWS_REGION or give your AWS profile a region\n");
    }
}
