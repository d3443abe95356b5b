package io.ecskit.contract.usecase;

import io.ecskit.contract.ContractTest;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.ReadLogs;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** ReadLogs on any backend: a service's awslogs streams ({@code prefix/container/taskId}), read and followed. */
public abstract class ReadLogsContract extends ContractTest {

    private ClusterName cluster;
    private ServiceName service;
    private LogGroupName group;
    private Instant t0;

    @BeforeEach
    void serviceWithTwoContainersLogging() {
        cluster = fixtures.clusterName();
        service = fixtures.serviceName();
        String family = fixtures.family();
        group = new LogGroupName("/ecs/" + family);
        TaskDefinition base = fixtures.fargate(family);
        ContainerDefinition web = base.containerDefinitions().head().toBuilder()
                .logConfiguration(LogConfiguration.awslogs(group.value(), kit.region(), "api")).build();
        ContainerDefinition sidecar = web.toBuilder().name("sidecar").portMappings(List.empty()).essential(false).build();
        DeployService.Command command = DeployService.Command.of(base.toBuilder().containerDefinitions(List.of(web, sidecar)).build(),
                cluster, service, 0).withNetwork(fixtures.network()).withoutWaiting();
        right(kit.deploy(command, DeploymentProgress.Listener.NONE));
        t0 = kit.api().time().now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        write("api/web/task-1", 1, "web one", 5, "web five");
        write("api/web/task-2", 3, "web three");
        write("api/sidecar/task-1", 2, "sidecar two");
        write("other/web/task-9", 4, "not this service's stream");
    }

    private void write(String stream, Object... secondsAndMessages) {
        LogStreamName name = new LogStreamName(stream);
        right(kit.api().logs().createStream(group, name));
        List<LogEvent> events = List.empty();
        for (int i = 0; i < secondsAndMessages.length; i += 2) {
            events = events.append(new LogEvent(t0.plusSeconds((Integer) secondsAndMessages[i]), (String) secondsAndMessages[i + 1], name));
        }
        right(kit.api().logs().putEvents(group, name, events));
    }

    @Test
    void read_service_givesEveryContainersEventsInOrder_andNoOtherStreams() {
        var events = right(kit.readLogs(ReadLogs.Query.service(cluster, service), t0, t0.plusSeconds(60)));

        assertThat(events.map(LogEvent::message)).containsExactly("web one", "sidecar two", "web three", "web five");
    }

    @Test
    void read_oneContainerAndOneTask_narrowsToThatStream() {
        var web = right(kit.readLogs(ReadLogs.Query.service(cluster, service).container("web"), t0, t0.plusSeconds(60)));
        var task = right(kit.readLogs(ReadLogs.Query.service(cluster, service).container("web").task("task-2"),
                t0, t0.plusSeconds(60)));

        assertThat(web.map(LogEvent::message)).containsExactly("web one", "web three", "web five");
        assertThat(task.map(LogEvent::message)).containsExactly("web three");
    }

    @Test
    void read_window_isFromInclusiveToExclusive() {
        var events = right(kit.readLogs(ReadLogs.Query.service(cluster, service), t0.plusSeconds(2), t0.plusSeconds(5)));

        assertThat(events.map(LogEvent::message)).containsExactly("sidecar two", "web three");
    }

    @Test
    void follow_handsOverEveryEventOnce_untilStopped() {
        java.util.List<String> seen = new ArrayList<>();

        var count = right(kit.followLogs(ReadLogs.Query.service(cluster, service), t0, Duration.ofSeconds(5),
                () -> seen.size() >= 4, e -> seen.add(e.message())));

        assertThat(count).isEqualTo(4);
        assertThat(seen).containsExactly("web one", "sidecar two", "web three", "web five");
    }

    @Test
    void ensureGroup_createsOrSetsRetention() {
        LogGroupName fresh = new LogGroupName("/ecs/" + fixtures.name("fresh"));

        assertThat(right(kit.ensureLogGroup(fresh, Option.of(new RetentionDays(14)))).retention())
                .contains(new RetentionDays(14));
        assertThat(right(kit.ensureLogGroup(fresh, Option.of(new RetentionDays(30)))).retention())
                .contains(new RetentionDays(30));
        assertThat(right(kit.ensureLogGroup(group, Option.none())).name()).isEqualTo(group);
    }
}
