package io.ecskit.server;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.ReadLogs;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23 item 4: a window of a service's logs read through the AWS adapter (this machine's clock) from an
 * {@code ecskit server} whose fast clock runs ahead: the window ends at the backend's newest event, so it shows the
 * lines the service just wrote (before, it measured back from this machine's now and showed nothing).
 */
class LogsWindowIT {

    @Test
    void aWindowOfLogs_throughTheAwsAdapter_isMeasuredFromTheBackendsOwnNow() throws Exception {
        try (InMemoryEcsServer server = InMemoryEcsServer.builder().clock(new ClockMode.Fast(2000, Duration.ZERO)).start();
             AwsEcsKit kit = AwsEcsKit.builder().region(server.region()).endpointOverride(server.endpoint())
                     .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .accountId(server.accountId()).build()) {
            var deployed = server.kit().deploy(DeployService.Command.builder()
                    .taskDefinition(TaskDefinition.fargate("web", "256", "512")
                            .executionRoleArn("arn:aws:iam::" + server.accountId() + ":role/ecsTaskExecutionRole")
                            .containerDefinitions(List.of(ContainerDefinition.builder().name("web").image("nginx")
                                    .logConfiguration(LogConfiguration.awslogs("/ecs/web", server.region(), "web")).build())).build())
                    .cluster("logs").service("web").desiredCount(1)
                    .subnets("subnet-0123456789abcdef0").securityGroups("sg-0123456789abcdef0").build().get());
            assertThat(deployed.isRight()).as("%s", deployed).isTrue();
            Thread.sleep(1000);   // the server's clock is now a good half hour ahead of this machine's
            Instant serverNow = server.kit().api().time().now();
            String task = server.kit().api().tasks().list(io.ecskit.domain.arn.ClusterName.of("logs"), io.vavr.control.Option.none(),
                    io.ecskit.domain.task.TaskStatus.RUNNING).get().head().taskId();
            LogStreamName stream = new LogStreamName("web/web/" + task);
            server.kit().api().logs().createStream(new LogGroupName("/ecs/web"), stream);
            server.kit().api().logs().putEvents(new LogGroupName("/ecs/web"), stream,
                    List.of(new LogEvent(serverNow.minusSeconds(30), "GET / 200", stream)));

            var read = kit.readLogs(ReadLogs.Query.parse("logs", "web").get(), Duration.ofMinutes(10));

            assertThat(serverNow).isAfter(Instant.now().plus(Duration.ofMinutes(15)));
            assertThat(read.isRight()).as("%s", read).isTrue();
            assertThat(read.get().map(LogEvent::message)).containsExactly("GET / 200");
        }
    }
}
