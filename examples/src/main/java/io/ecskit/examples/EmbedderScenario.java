package io.ecskit.examples;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.ReadLogs;
import io.ecskit.port.in.ScaleService;
import io.vavr.collection.List;

import java.time.Duration;

/**
 * The embedder's job from issue 14, on ecskit: a Fargate task definition built in code, deployed (and
 * followed to a checked outcome), scaled, its logs read, everything cleaned up. The raw AWS SDK v2
 * version of the same job is {@code RawSdkScenario} in this module's tests; {@code EmbedderScenarioTest}
 * runs both and compares their size.
 */
public final class EmbedderScenario {

    private EmbedderScenario() {
    }

    /**
     * Runs the job; answers the log lines of the last 10 minutes.
     *
     * @throws io.ecskit.domain.error.EcsException when a call fails
     * @throws io.ecskit.port.in.DeploymentFailedException when the rollout or the scaling does not succeed
     */
    public static List<String> run(EcsKit ecs) {
        TaskDefinition web = TaskDefinition.fargate("web", "256", "512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .containerDefinitions(List.of(ContainerDefinition.builder().name("web").image("public.ecr.aws/nginx/nginx:1.27")
                        .portMappings(List.of(PortMapping.tcp(80)))
                        .logConfiguration(LogConfiguration.awslogs("/ecs/web", ecs.region(), "web")).build()))
                .build();
        DeployService.Command deploy = EcsError.getOrThrow(DeployService.Command.builder().taskDefinition(web)
                .cluster("apps").service("web").desiredCount(2)
                .subnets("subnet-8f0fdfc5").securityGroups("sg-0c7754adb2c02617b").build());
        EcsError.getOrThrow(ecs.deploy(deploy)).orThrow();
        EcsError.getOrThrow(ecs.scale(ScaleService.Command.of(deploy.cluster(), deploy.serviceName().get(), 3))).orThrow();
        var lines = EcsError.getOrThrow(ecs.readLogs(ReadLogs.Query.service(deploy.cluster(), deploy.serviceName().get()),
                Duration.ofMinutes(10))).map(LogEvent::message).toList();
        EcsError.getOrThrow(ecs.cleanUp(CleanUp.Command.clusterOf(deploy)));
        return lines;
    }
}
