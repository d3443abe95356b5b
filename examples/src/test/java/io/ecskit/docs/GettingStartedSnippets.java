package io.ecskit.docs;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsException;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.ReadLogs;

import java.time.Duration;

/** docs/getting-started.md's production code, compiled by the build (DocsSnippetsTest); it would need an AWS account to run. */
final class GettingStartedSnippets {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GettingStartedSnippets.class);

    private GettingStartedSnippets() {
    }

    static void production(TaskDefinition taskDefinition) {
        // tag::production[]
        try (EcsKit ecs = AwsEcsKit.builder().region("eu-west-1").build()) {
            DeploymentOutcome outcome = DeployService.Command.builder()
                    .taskDefinition(taskDefinition).image(System.getenv("IMAGE"))
                    .cluster("prod").service("web").desiredCount(3)
                    .subnets("subnet-8f0fdfc5", "subnet-1c9c7e2a").securityGroups("sg-0c7754adb2c02617b")
                    .build()                       // every bad value at once, with ECS's words; nothing sent yet
                    .flatMap(command -> ecs.deploy(command, progress -> log.info("{}", progress)))
                    .getOrElseThrow(EcsException::new);   // or keep the Either: EcsError is a sealed set of records
            ecs.readLogs(ReadLogs.Query.service(ClusterName.of("prod"), ServiceName.of("web")), Duration.ofMinutes(10));
        }
        // end::production[]
    }
}
