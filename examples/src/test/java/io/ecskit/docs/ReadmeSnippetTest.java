package io.ecskit.docs;

import io.ecskit.adapter.inmemory.InMemoryEcsExtension;
import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.adapter.inmemory.Simulator;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentOutcome.Result;
import io.ecskit.port.in.DeploymentProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java of README.md's tour and docs/getting-started.md's test, compiled and run by the build (DocsSnippetsTest). */
class ReadmeSnippetTest {

    // tag::in-memory-test[]
    @RegisterExtension static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();

    @Test
    void typoInImage_isRolledBack(InMemoryEcsKit ecs, Simulator simulator) {
        deploy(ecs, "httpd:2.4");                      // SUCCEEDED: something to roll back to
        simulator.failImagePull("httpd:2.4-typo");
        DeploymentOutcome outcome = deploy(ecs, "httpd:2.4-typo");
        assertThat(outcome.result()).isEqualTo(Result.ROLLED_BACK);
    }
    // end::in-memory-test[]

    /** The deploy the snippet leaves out: the seed's task definition with the image given, on a Fargate service. */
    static DeploymentOutcome deploy(InMemoryEcsKit ecs, String image) {
        DeployService.Command command = EcsError.getOrThrow(DeployService.Command.builder()
                .taskDefinition(Snippets.helloWorld()).image(image)
                .cluster("prod").service("web").desiredCount(2)
                .subnets("subnet-8f0fdfc5").securityGroups("sg-0c7754adb2c02617b").build());
        return EcsError.getOrThrow(ecs.deploy(command, DeploymentProgress.Listener.NONE));
    }
}
