package io.ecskit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    private static final String SEED = "src/main/resources/seed/hello-world-task-def.json";
    private static final String CORRECTED = "src/main/resources/hello-world-task-def.json";

    @Test
    void validate_seedFile_exits2AndNamesEveryReasonOnStderr() {
        CliRun run = CliRun.of("validate", SEED);

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err().lines()).contains(
                "cpu: Fargate requires that 'cpu' be defined at the task level.",
                "memory: Fargate requires that 'memory' be defined at the task level.",
                "executionRoleArn: Fargate requires task definition to have execution role ARN to support log driver awslogs.",
                "executionRoleArn: Fargate requires task definition to have execution role ARN to support ECR images.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validate_correctedFile_exits0WithSummary() {
        CliRun run = CliRun.of("validate", CORRECTED);

        assertThat(run.exitCode()).isEqualTo(EcskitCli.OK);
        assertThat(run.out()).isEqualTo("valid: hello-world for FARGATE; 1 container; cpu 256; memory 512\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validate_withLaunchTypeNotRequired_reportsIncompatibility() {
        CliRun run = CliRun.of("validate", CORRECTED, "--launch-type", "EC2");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).contains("taskDefinition: Task definition does not support launch_type EC2.");
    }

    @Test
    void validate_malformedJson_exits2WithLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"family\": \"f\",\n  \"cpu\": ,\n}");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).startsWith(file + ": line 3, column 10: ");
    }

    @Test
    void validate_unknownField_isRefusedAsTheAwsCliRefusesIt_neverDropped(@TempDir Path dir) throws IOException {
        String json = Files.readString(Path.of(CORRECTED)).replaceFirst("\\{", "{\"proxyConfig\": {},");
        Path file = Files.writeString(dir.resolve("td.json"), json);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).startsWith("proxyConfig: Unknown parameter in input: \"proxyConfig\", must be one of: family, ");
    }

    @Test
    void validate_missingFile_exits2() {
        CliRun run = CliRun.of("validate", "nope.json");

        assertThat(run.exitCode()).isEqualTo(EcskitCli.INVALID_INPUT);
        assertThat(run.err()).startsWith("nope.json: ");
    }
}
