package io.ecskit.docs;

import io.ecskit.adapter.inmemory.InMemoryEcsExtension;
import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.adapter.inmemory.Simulator;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentOutcome.Result;
import io.ecskit.port.out.ContainerMatcher;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/testing-with-the-fake.md's tests, compiled and run by the build (DocsSnippetsTest). */
class FakeSnippetTest {

    @RegisterExtension static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();

    // tag::crash-loop[]
    @Test
    void aCrashingContainer_isReplaced_andTheServiceSaysSo(InMemoryEcsKit ecs, Simulator simulator) {
        DeploymentOutcome first = deploy(ecs, "public.ecr.aws/docker/library/httpd:2.4");
        assertThat(first.result()).isEqualTo(Result.SUCCEEDED);

        simulator.exit(ContainerMatcher.family("hello-world"), Duration.ofMinutes(1), 137);   // every task exits 137 after a minute
        simulator.advance(Duration.ofMinutes(10));                                          // ten simulated minutes, in milliseconds

        Service web = EcsError.getOrThrow(ecs.api().services().describe(ClusterName.of("prod"), List.of(ServiceName.of("web"))))
                .found().head();
        assertThat(web.runningCount()).isEqualTo(2);                                        // ECS keeps replacing them
        assertThat(web.events().map(e -> e.message())).anyMatch(m -> m.contains("has started"));
    }
    // end::crash-loop[]

    static DeploymentOutcome deploy(InMemoryEcsKit ecs, String image) {
        return ReadmeSnippetTest.deploy(ecs, image);
    }
}
