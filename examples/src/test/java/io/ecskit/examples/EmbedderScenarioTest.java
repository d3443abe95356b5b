package io.ecskit.examples;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.EcsKit;
import io.ecskit.server.ClockMode;
import io.ecskit.server.InMemoryEcsServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.waiters.EcsWaiter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's embedder job, on ecskit and on the raw SDK: both do the job (the raw one against
 * {@code ecskit server}, whose simulated tasks make the SDK's waiters return), and the ecskit version
 * is at most half the raw one's lines of code.
 */
class EmbedderScenarioTest {

    static final String STARTED = "[ecskit] container web started from public.ecr.aws/nginx/nginx:1.27";

    @Test
    void onEcskit_theJobIsDone_andNothingIsLeft() {
        try (InMemoryEcsKit ecs = InMemoryEcsKit.create()) {
            // the simulated containers say when they start: 2 of the deploy, 1 of the scale-out
            assertThat(EmbedderScenario.run(ecs)).containsExactly(STARTED, STARTED, STARTED);
            assertCleanedUp(ecs);
            assertThat(ecs.simulator().calls("UpdateService")).as("scale to 3, scale to 0").isEqualTo(2);
        }
    }

    @Test
    void onTheRawSdk_theSameJobIsDone() {
        try (InMemoryEcsServer server = InMemoryEcsServer.builder().clock(new ClockMode.Fast(600)).start();
             var http = ApacheHttpClient.create();
             EcsClient ecs = EcsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1).httpClient(http)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
             CloudWatchLogsClient logs = CloudWatchLogsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                     .httpClient(http).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .build();
             // the waiters' 15 s between polls is real time; the simulated tasks need only a few hundred ms of it
             EcsWaiter waiter = EcsWaiter.builder().client(ecs).overrideConfiguration(o -> o.maxAttempts(200)
                     .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ofMillis(100)))).build()) {

            assertThat(RawSdkScenario.run(ecs, logs, waiter, "us-east-1")).containsExactly(STARTED, STARTED, STARTED);
            assertCleanedUp(server.kit());
        }
    }

    @Test
    void onEcskit_theJobIsAtMostHalfTheLinesOfTheRawSdk() throws Exception {
        long ecskit = SeedWorkflowTest.codeLines(Files.readAllLines(Path.of("src/main/java/io/ecskit/examples/EmbedderScenario.java")));
        long raw = SeedWorkflowTest.codeLines(Files.readAllLines(Path.of("src/test/java/io/ecskit/examples/RawSdkScenario.java")));

        System.out.printf("embedder job: ecskit %d lines of code, raw AWS SDK v2 %d%n", ecskit, raw);
        assertThat(ecskit * 2).as("ecskit %d lines vs raw SDK %d", ecskit, raw).isLessThanOrEqualTo(raw);
    }

    private static void assertCleanedUp(EcsKit ecs) {
        assertThat(ecs.api().clusters().describe(ClusterName.of("apps")).get().map(c -> c.status())).contains(ClusterStatus.INACTIVE);
        assertThat(ecs.api().logs().describeGroup(new LogGroupName("/ecs/web")).get()).isEmpty();
        assertThat(ecs.api().taskDefinitions().describe(TaskDefinitionRef.of("web", 1)).get().map(r -> r.status()))
                .contains(TaskDefinitionStatus.INACTIVE);
    }
}
