package io.ecskit.examples;

import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.DeploymentRolloutState;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.LogConfiguration;
import software.amazon.awssdk.services.ecs.model.LogDriver;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.PortMapping;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;
import software.amazon.awssdk.services.ecs.model.TransportProtocol;
import software.amazon.awssdk.services.ecs.waiters.EcsWaiter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The same job as {@link EmbedderScenario} on the raw AWS SDK v2, written as a careful user would (circuit
 * breaker on, the rollout checked, an existing log group tolerated, the waiters ECS's SDK offers), for the
 * comparison in issue 14. It lives in the tests because only the AWS-speaking modules may use the SDK.
 */
final class RawSdkScenario {

    private RawSdkScenario() {
    }

    static List<String> run(EcsClient ecs, CloudWatchLogsClient logs, EcsWaiter waiter, String region) {
        ecs.registerTaskDefinition(r -> r.family("web").requiresCompatibilities(Compatibility.FARGATE)
                .networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .containerDefinitions(ContainerDefinition.builder().name("web").image("public.ecr.aws/nginx/nginx:1.27")
                        .portMappings(PortMapping.builder().containerPort(80).protocol(TransportProtocol.TCP).build())
                        .logConfiguration(LogConfiguration.builder().logDriver(LogDriver.AWSLOGS).options(Map.of(
                                "awslogs-group", "/ecs/web", "awslogs-region", region, "awslogs-stream-prefix", "web")).build())
                        .build()));
        ecs.createCluster(r -> r.clusterName("apps"));
        try {
            logs.createLogGroup(r -> r.logGroupName("/ecs/web"));
        } catch (ResourceAlreadyExistsException e) {
            // an earlier run created it
        }
        ecs.createService(r -> r.cluster("apps").serviceName("web").taskDefinition("web").desiredCount(2)
                .launchType(LaunchType.FARGATE)
                .deploymentConfiguration(d -> d.maximumPercent(200).minimumHealthyPercent(100)
                        .deploymentCircuitBreaker(b -> b.enable(true).rollback(true)))
                .networkConfiguration(n -> n.awsvpcConfiguration(a -> a.subnets("subnet-8f0fdfc5")
                        .securityGroups("sg-0c7754adb2c02617b").assignPublicIp(AssignPublicIp.DISABLED))));
        waiter.waitUntilServicesStable(r -> r.cluster("apps").services("web"));
        var rollout = ecs.describeServices(r -> r.cluster("apps").services("web")).services().get(0).deployments().get(0);
        if (rollout.rolloutState() != DeploymentRolloutState.COMPLETED) {
            throw new IllegalStateException("web: " + rollout.rolloutState() + " " + rollout.rolloutStateReason());
        }
        ecs.updateService(r -> r.cluster("apps").service("web").desiredCount(3));
        waiter.waitUntilServicesStable(r -> r.cluster("apps").services("web"));
        List<String> lines = new ArrayList<>();
        long since = Instant.now().minus(Duration.ofMinutes(10)).toEpochMilli();
        logs.filterLogEventsPaginator(r -> r.logGroupName("/ecs/web").logStreamNamePrefix("web/web/").startTime(since))
                .events().forEach(e -> lines.add(e.message()));
        ecs.updateService(r -> r.cluster("apps").service("web").desiredCount(0));
        waiter.waitUntilServicesStable(r -> r.cluster("apps").services("web"));
        ecs.deleteService(r -> r.cluster("apps").service("web"));
        waiter.waitUntilServicesInactive(r -> r.cluster("apps").services("web"));
        ecs.deleteCluster(r -> r.cluster("apps"));
        ecs.listTaskDefinitionsPaginator(r -> r.familyPrefix("web").status(TaskDefinitionStatus.ACTIVE)).taskDefinitionArns()
                .forEach(arn -> ecs.deregisterTaskDefinition(r -> r.taskDefinition(arn)));
        logs.deleteLogGroup(r -> r.logGroupName("/ecs/web"));
        return lines;
    }
}
