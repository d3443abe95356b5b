package io.ecskit.examples;

import io.ecskit.adapter.inmemory.InMemoryEcsKit;
import io.ecskit.domain.error.EcsError;
import io.ecskit.json.EcsJson;
import io.ecskit.json.JsonProblem;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.PushImage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The seed notes' whole walkthrough through the library, as today's Fargate accepts it: push an image
 * to ECR, register the task definition from JSON, create the cluster and the log group, create the
 * Fargate service with awsvpc networking, update it, list and describe, clean up. The same method runs
 * on AWS ({@code AwsEcsKit.builder().build()}) as on the in-memory ECS ({@link #main}).
 */
public final class SeedWorkflow {

    private SeedWorkflow() {
    }

    /** Runs the walkthrough with {@code taskDefinitionJson} (RegisterTaskDefinition's JSON), saying each step on {@code out}. */
    public static void run(EcsKit ecs, String taskDefinitionJson, PrintStream out) {
        var image = EcsError.getOrThrow(PushImage.Command.copy("public.ecr.aws/docker/library/httpd:2.4", "hello-world", "latest")
                .flatMap(ecs::pushImage));
        out.println("pushed " + image.byDigest());
        // registers the revision, creates cluster test-cluster, log group test-log and the Fargate service
        var deploy = DeployService.Command.builder()
                .taskDefinition(EcsError.getOrThrow(EcsJson.readTaskDefinition(taskDefinitionJson).mapLeft(JsonProblem::toEcsError)))
                .image(image.byDigest().toString()).cluster("test-cluster").service("test-service").desiredCount(1)
                .subnets("subnet-8f0fdfc5").securityGroups("sg-0c7754adb2c02617b").assignPublicIp(true);
        out.println("created: " + EcsError.getOrThrow(deploy.build().flatMap(ecs::deploy)).result());
        out.println("updated: " + EcsError.getOrThrow(deploy.desiredCount(2).build().flatMap(ecs::deploy)).result());
        var command = EcsError.getOrThrow(deploy.build());
        out.println("task definitions: " + EcsError.getOrThrow(ecs.inspect().taskDefinitions()));
        out.println("services: " + EcsError.getOrThrow(ecs.inspect().services(command.cluster())));
        EcsError.getOrThrow(ecs.inspect().describeServices(command.cluster(), command.serviceName().toList())).found()
                .forEach(s -> out.println(s.serviceName() + " " + s.status() + " running " + s.runningCount()
                        + "/" + s.desiredCount()));
        // scale to 0, delete the service and the cluster, deregister hello-world, delete test-log
        out.println(EcsError.getOrThrow(ecs.cleanUp(CleanUp.Command.clusterOf(command))));
    }

    /** The walkthrough on the in-memory ECS, with the corrected seed task definition. */
    public static void main(String[] args) throws Exception {
        try (var in = SeedWorkflow.class.getResourceAsStream("/hello-world-task-def.json"); EcsKit ecs = InMemoryEcsKit.create()) {
            run(ecs, new String(in.readAllBytes(), StandardCharsets.UTF_8), System.out);
        }
    }
}
