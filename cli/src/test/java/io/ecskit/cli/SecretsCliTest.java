package io.ecskit.cli;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15, secrets: validate warns about plain secret-looking variables (exit 0); diff never prints their values. */
class SecretsCliTest {

    @TempDir
    Path dir;

    private Path definition(String password, String port) throws IOException {
        return Files.writeString(dir.resolve("td-" + password + port + ".json"), """
                {"family": "web", "containerDefinitions": [{"name": "web", "image": "nginx:1.27", "memory": 256,
                  "environment": [{"name": "DB_PASSWORD", "value": "%s"}, {"name": "PORT", "value": "%s"}]}]}
                """.formatted(password, port));
    }

    @Test
    void validate_warnsAboutAPlainSecret_namesTheFix_andStillExits0() throws IOException {
        CliRun run = CliRun.on(InMemoryEcsKit.create(), "validate", definition("hunter2", "80").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("warning: containerDefinitions[0].environment[0]: environment variable DB_PASSWORD",
                "\"secrets\"", "\"valueFrom\"").contains("valid: web").doesNotContain("hunter2");
    }

    @Test
    void diff_masksTheValueOfASecretLookingVariable_andShowsTheRest() throws IOException {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        assertThat(CliRun.on(kit, "register-task-definition", "--cli-input-json", definition("old-secret", "80").toString()).exitCode())
                .isZero();

        CliRun run = CliRun.on(kit, "diff", definition("new-secret", "8080").toString());

        assertThat(run.out()).contains("environment[0].value: **** -> ****", "environment[1].value: 80 -> 8080")
                .doesNotContain("old-secret").doesNotContain("new-secret");
        CliRun json = CliRun.on(kit, "diff", definition("new-secret", "8080").toString(), "--output", "json");
        assertThat(json.out()).doesNotContain("old-secret").doesNotContain("new-secret").contains("****");
    }
}
