package io.ecskit.examples;

import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.error.EcsException;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Embedding ecskit in an application: the deployment code depends only on {@link EcsKit}, so
 * the same method deploys to AWS in production and to the in-memory ECS in tests.
 */
public final class HelloWorldDeployment {

    private final EcsKit ecs;

    public HelloWorldDeployment(EcsKit ecs) {
        this.ecs = ecs;
    }

    /** The seed's hello-world, as today's Fargate accepts it. */
    public static TaskDefinition taskDefinition(String image, String region) {
        return TaskDefinition.builder()
                .family("hello-world")
                .requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC)
                .cpu("256")
                .memory("512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .containerDefinitions(List.of(ContainerDefinition.builder()
                        .name("hello-world")
                        .image(image)
                        .portMappings(List.of(PortMapping.tcp(80)))
                        .logConfiguration(LogConfiguration.awslogs("test-log", region, "api"))
                        .build()))
                .build();
    }

    /** Deploys {@code image} as test-service in test-cluster and waits for the outcome. */
    public Either<EcsError, DeploymentOutcome> deploy(String image, int desiredCount) {
        return DeployService.Command.builder().taskDefinition(taskDefinition(image, ecs.region()))
                .cluster("test-cluster").service("test-service").desiredCount(desiredCount)
                .subnets("subnet-8f0fdfc5").securityGroups("sg-0c7754adb2c02617b").assignPublicIp(true)
                .build()
                .flatMap(command -> ecs.deploy(command, progress -> System.out.printf("%s %s running %d/%d%n",
                        progress.deploymentId(), progress.rolloutState().map(Enum::name).getOrElse("-"),
                        progress.running(), progress.desired())));
    }

    public static void main(String[] args) {
        try (InMemoryEcsKit ecs = InMemoryEcsKit.create()) {
            DeploymentOutcome outcome = new HelloWorldDeployment(ecs)
                    .deploy("public.ecr.aws/docker/library/httpd:2.4", 1)
                    .getOrElseThrow(EcsException::new);
            System.out.println("outcome: " + outcome.result());
        }
    }
}
