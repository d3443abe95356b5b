package io.ecskit.port.in;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every use case's command can be made from plain strings, naming every bad one at once (issue 14). */
class CommandsFromStringsTest {

    private static io.vavr.collection.Seq<String> problems(io.vavr.control.Either<EcsError, ?> built) {
        assertThat(built.isLeft()).as("%s", built).isTrue();
        return ((EcsError.Invalid) built.getLeft()).violations().map(Violation::message);
    }

    @Test
    void scale_namesTheBadClusterTheBadServiceAndTheBadCount() {
        var found = problems(ScaleService.Command.parse("my cluster!", "web/1", -1));

        assertThat(found).hasSize(3);
        assertThat(found.get(0)).contains("my cluster!");
        assertThat(found.get(1)).contains("web/1");
        assertThat(found.get(2)).isEqualTo("desiredCount can not be negative.");
        assertThat(ScaleService.Command.parse("apps", "web", 3).get())
                .isEqualTo(ScaleService.Command.of(ClusterName.of("apps"), ServiceName.of("web"), 3));
    }

    @Test
    void rollbackRedeployLogsAndCleanUp_takeStringsToo() {
        assertThat(problems(RollbackService.Command.parse("bad cluster", "bad service"))).hasSize(2);
        assertThat(problems(RedeployService.Command.parse("apps", "bad service", "nginx:1.27"))).hasSize(1);
        assertThat(problems(ReadLogs.Query.parse("bad cluster", "web"))).hasSize(1);
        assertThat(problems(CleanUp.Command.parse("bad cluster"))).hasSize(1);
        assertThat(ReadLogs.Query.parse("apps", "arn:aws:ecs:us-east-1:123456789012:service/apps/web").get().service())
                .isEqualTo(ServiceName.of("web"));
        assertThat(CleanUp.Command.parse("apps").get().cluster()).isEqualTo(ClusterName.of("apps"));
    }
}
