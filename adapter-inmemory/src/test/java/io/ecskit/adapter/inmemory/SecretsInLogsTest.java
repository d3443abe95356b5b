package io.ecskit.adapter.inmemory;

import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.ReadLogs;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 15: a value a container logs of a secret-looking plain variable is never printed back by readLogs. */
class SecretsInLogsTest {

    static final String PASSWORD = "hunter2-sentinel-0042";

    @Test
    void readLogs_masksTheValuesOfSecretLookingVariables_andLeavesTheRest() {
        try (InMemoryEcsKit ecs = InMemoryEcsKit.create()) {
            var td = SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD);
            td = td.toBuilder().containerDefinitions(td.containerDefinitions().map(c -> c.toBuilder().environment(List.of(
                    KeyValuePair.of("DB_PASSWORD", PASSWORD), KeyValuePair.of("GREETING", "hello-world-0042"))).build())).build();
            var command = DeployService.Command.builder().taskDefinition(td).cluster("apps").service("web")
                    .subnets("subnet-0123456789abcdef0").securityGroups("sg-0123456789abcdef0").build().get();
            assertThat(ecs.deploy(command).get().succeeded()).isTrue();
            var task = ecs.api().tasks().list(ClusterName.of("apps"), Option.of(ServiceName.of("web")), TaskStatus.RUNNING).get().head();
            ecs.simulator().log(task, "web", "connecting with password " + PASSWORD + " and greeting hello-world-0042").get();

            var lines = ecs.readLogs(ReadLogs.Query.service(ClusterName.of("apps"), ServiceName.of("web")), Duration.ofMinutes(5))
                    .get().map(LogEvent::message);

            assertThat(lines).contains("connecting with password **** and greeting hello-world-0042");
            assertThat(lines.mkString()).doesNotContain(PASSWORD);
        }
    }
}
