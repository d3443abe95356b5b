package io.ecskit.examples;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.logs.LogGroupName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's workflow through the library (issue 14), on the in-memory ECS, and the size the issue allows it. */
class SeedWorkflowTest {

    static final Path SOURCE = Path.of("src/main/java/io/ecskit/examples/SeedWorkflow.java");

    @Test
    void runsTheSeedsWalkthrough_andLeavesNothingBehind() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (var in = SeedWorkflow.class.getResourceAsStream("/hello-world-task-def.json"); InMemoryEcsKit ecs = InMemoryEcsKit.create()) {
            SeedWorkflow.run(ecs, new String(in.readAllBytes(), StandardCharsets.UTF_8), new PrintStream(printed, true, StandardCharsets.UTF_8));

            String out = printed.toString(StandardCharsets.UTF_8);
            assertThat(out).contains("pushed 123456789012.dkr.ecr.us-east-1.amazonaws.com/hello-world@sha256:")
                    .contains("created: SUCCEEDED").contains("updated: SUCCEEDED")
                    .contains("task definitions: List(arn:aws:ecs:us-east-1:123456789012:task-definition/hello-world:1)")
                    .contains("services: List(arn:aws:ecs:us-east-1:123456789012:service/test-cluster/test-service)")
                    .contains("test-service ACTIVE running 2/2")
                    .contains("deleted service test-service", "deleted cluster test-cluster",
                            "deregistered task definition hello-world:1", "deleted log group test-log");
            assertThat(ecs.api().clusters().describe(ClusterName.of("test-cluster")).get().map(c -> c.status()))
                    .contains(ClusterStatus.INACTIVE);
            assertThat(ecs.api().logs().describeGroup(new LogGroupName("test-log")).get()).isEmpty();
            assertThat(ecs.api().imageRepositories().describe(new io.ecskit.domain.ecr.RepositoryName("hello-world")).get())
                    .as("the pushed image stays, as in the seed").hasSize(1);
        }
    }

    @Test
    void isAtMostTenImportsAndFortyFiveLinesOfCode() throws Exception {
        var lines = Files.readAllLines(SOURCE);
        long imports = lines.stream().filter(l -> l.startsWith("import ")).count();
        long code = codeLines(lines);

        assertThat(imports).isLessThanOrEqualTo(10);
        assertThat(code).isLessThanOrEqualTo(45);
    }

    /** Lines that are neither blank, comments, the package nor imports. */
    static long codeLines(java.util.List<String> lines) {
        boolean inComment = false;
        long code = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            if (!line.isEmpty() && !line.startsWith("//") && !line.startsWith("package ") && !line.startsWith("import ")) {
                code++;
            }
        }
        return code;
    }
}
