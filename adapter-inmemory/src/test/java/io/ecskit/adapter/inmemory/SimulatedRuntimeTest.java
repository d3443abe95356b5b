package io.ecskit.adapter.inmemory;

import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.task.HealthStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.HealthCheck;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedRuntimeTest {

    @RegisterExtension
    static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();

    static final ClusterName CLUSTER = new ClusterName("sim");
    static final ServiceName SERVICE = new ServiceName("web");
    static final String GOOD = "public.ecr.aws/docker/library/httpd:2.4";
    static final String BAD = "public.ecr.aws/docker/library/httpd:does-not-exist";

    static TaskDefinition definition(String image) {
        return TaskDefinition.builder().family("web").requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .containerDefinitions(List.of(ContainerDefinition.builder().name("web").image(image)
                        .portMappings(List.of(PortMapping.tcp(80)))
                        .logConfiguration(LogConfiguration.awslogs("/ecs/web", "us-east-1", "api"))
                        .build()))
                .build();
    }

    static Service service(InMemoryEcsKit kit) {
        return kit.api().services().describe(CLUSTER, List.of(SERVICE)).get().found().head();
    }

    static Seq<Task> tasks(InMemoryEcsKit kit, TaskStatus desired) {
        return kit.api().tasks().describe(CLUSTER, kit.api().tasks().list(CLUSTER, Option.of(SERVICE), desired).get()).get().found();
    }

    static void deploy(InMemoryEcsKit kit, int desired, DeploymentCircuitBreaker breaker) {
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();
        kit.api().logs().createGroup(new LogGroupName("/ecs/web"), Option.none()).get();
        kit.api().taskDefinitions().register(definition(GOOD)).get();
        kit.api().services().create(ServiceSpec.builder().cluster(CLUSTER).serviceName(SERVICE.value())
                .taskDefinition(TaskDefinitionRef.latest("web")).desiredCount(desired).launchType(LaunchType.FARGATE)
                .networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"),
                        List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED)))
                .deploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(100).maximumPercent(200).deploymentCircuitBreaker(breaker).build())
                .build()).get();
    }

    static Service redeploy(InMemoryEcsKit kit, String image) {
        kit.api().taskDefinitions().register(definition(image)).get();
        return kit.api().services().update(ServiceUpdate.builder().cluster(CLUSTER).service(SERVICE)
                .taskDefinition(TaskDefinitionRef.latest("web")).build()).get();
    }

    @Test
    void task_movesThroughEveryStateToRunning(InMemoryEcsKit kit, Simulator sim) {
        deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);

        sim.advance(Duration.ofSeconds(1));
        assertThat(tasks(kit, TaskStatus.RUNNING).head().lastStatus()).isEqualTo(TaskStatus.PROVISIONING);
        sim.advance(Duration.ofSeconds(5));
        assertThat(tasks(kit, TaskStatus.RUNNING).head().lastStatus()).isEqualTo(TaskStatus.PENDING);
        sim.advance(Duration.ofSeconds(10));
        assertThat(tasks(kit, TaskStatus.RUNNING).head().lastStatus()).isEqualTo(TaskStatus.ACTIVATING);
        sim.advance(Duration.ofSeconds(5));
        Task running = tasks(kit, TaskStatus.RUNNING).head();
        assertThat(running.lastStatus()).isEqualTo(TaskStatus.RUNNING);
        assertThat(running.startedAt()).isNotEmpty();
        assertThat(service(kit).runningCount()).isEqualTo(1);
        assertThat(service(kit).events().map(e -> e.message()).last())
                .startsWith("(service web) has started 1 tasks: (task " + running.id() + ")");
    }

    @Test
    void unpullableImage_tripsTheBreakerAtThreeFailures_andRollsBackToTheLastCompleted(InMemoryEcsKit kit, Simulator sim) {
        deploy(kit, 1, DeploymentCircuitBreaker.WITH_ROLLBACK);
        sim.advance(Duration.ofMinutes(1));
        Deployment good = service(kit).primaryDeployment().get();
        assertThat(good.rolloutState()).contains(DeploymentRolloutState.COMPLETED);
        sim.failImagePull(BAD);

        Deployment bad = redeploy(kit, BAD).primaryDeployment().get();
        sim.advance(Duration.ofSeconds(40));
        assertThat(service(kit).deployment(bad.id()).get().failedTasks()).isBetween(1, 2);
        assertThat(service(kit).deployment(bad.id()).get().rolloutState()).contains(DeploymentRolloutState.IN_PROGRESS);
        sim.advance(Duration.ofMinutes(3));

        Service after = service(kit);
        Deployment failed = after.deployment(bad.id()).getOrElse(() -> null);
        Deployment rollback = after.primaryDeployment().get();
        assertThat(rollback.id()).isNotEqualTo(bad.id());
        assertThat(rollback.taskDefinition()).isEqualTo(good.taskDefinition());
        assertThat(after.taskDefinition()).isEqualTo(good.taskDefinition());
        assertThat(after.events().map(e -> e.message()))
                .contains("(service web) (deployment " + bad.id() + ") deployment failed: tasks failed to start.");
        Task stopped = tasks(kit, TaskStatus.STOPPED).find(t -> t.stopCode().contains(TaskStopCode.TASK_FAILED_TO_START)).get();
        assertThat(stopped.stoppedReason().get()).startsWith("CannotPullContainerError: ");
        assertThat(stopped.containers().head().reason().get()).contains(BAD);
        if (failed != null) {
            assertThat(failed.rolloutState()).contains(DeploymentRolloutState.FAILED);
            assertThat(failed.rolloutStateReason()).contains("ECS deployment circuit breaker: task failed to start.");
        }
        sim.advance(Duration.ofMinutes(2));
        assertThat(service(kit).primaryDeployment().get().rolloutState()).contains(DeploymentRolloutState.COMPLETED);
        assertThat(service(kit).runningCount()).isEqualTo(1);
    }

    @Test
    void breakerThreshold_forTenTasks_isFive(InMemoryEcsKit kit, Simulator sim) {
        assertThat(DeploymentCircuitBreaker.failureThreshold(1)).isEqualTo(3);
        assertThat(DeploymentCircuitBreaker.failureThreshold(6)).isEqualTo(3);
        assertThat(DeploymentCircuitBreaker.failureThreshold(7)).isEqualTo(4);
        assertThat(DeploymentCircuitBreaker.failureThreshold(10)).isEqualTo(5);
        assertThat(DeploymentCircuitBreaker.failureThreshold(400)).isEqualTo(200);
        assertThat(DeploymentCircuitBreaker.failureThreshold(401)).isEqualTo(200);
    }

    @Test
    void withoutRollback_theFailedDeploymentStopsLaunching(InMemoryEcsKit kit, Simulator sim) {
        sim.failImagePull(GOOD);
        deploy(kit, 2, DeploymentCircuitBreaker.builder().enable(true).rollback(false).build());

        sim.advance(Duration.ofMinutes(5));

        Deployment primary = service(kit).primaryDeployment().get();
        assertThat(primary.rolloutState()).contains(DeploymentRolloutState.FAILED);
        // two tasks fail in lockstep, so the count passes the threshold of 3 by one, as on ECS
        assertThat(primary.failedTasks()).isBetween(3, 4);
        assertThat(service(kit).deployments()).hasSize(1);
        assertThat(service(kit).runningCount()).isZero();
        sim.advance(Duration.ofMinutes(5));
        assertThat(service(kit).primaryDeployment().get().failedTasks()).isEqualTo(primary.failedTasks());
        assertThat(tasks(kit, TaskStatus.RUNNING)).isEmpty();
    }

    @Test
    void withoutBreaker_tasksThatNeverStart_areRetriedForever_withPausesGrowingTo27Minutes_andTheServiceSaysSo(InMemoryEcsKit kit,
                                                                                                           Simulator sim) {
        sim.failImagePull(GOOD);
        deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);

        sim.advance(Duration.ofMinutes(10));
        int afterTenMinutes = service(kit).primaryDeployment().get().failedTasks();
        sim.advance(Duration.ofMinutes(110));
        int afterTwoHours = service(kit).primaryDeployment().get().failedTasks();
        sim.advance(Duration.ofHours(1));
        Service service = service(kit);

        // ECS's service throttle logic: 3 at once, then 30 s, 1, 2, 4, 8, 16 min, then every 27 min (ecskit's steps)
        assertThat(afterTenMinutes).isBetween(5, 8);
        assertThat(afterTwoHours).isBetween(9, 14);
        assertThat(service.primaryDeployment().get().failedTasks() - afterTwoHours).isBetween(2, 3);
        assertThat(service.primaryDeployment().get().rolloutState()).contains(DeploymentRolloutState.IN_PROGRESS);
        assertThat(service.events().map(e -> e.message()).filter(m -> m.endsWith("is unable to consistently start tasks successfully.")))
                .containsExactly("(service " + SERVICE.value() + ") is unable to consistently start tasks successfully.");
    }

    @Test
    void theThrottle_endsWithANewTaskDefinition_whoseTasksStartAtOnce(InMemoryEcsKit kit, Simulator sim) {
        sim.failImagePull(GOOD);
        deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        sim.advance(Duration.ofMinutes(20));
        sim.clearFaults();

        kit.api().services().update(io.ecskit.domain.service.ServiceUpdate.builder().cluster(CLUSTER).service(SERVICE)
                .forceNewDeployment(true).build()).get();
        sim.advance(Duration.ofMinutes(1));

        assertThat(tasks(kit, TaskStatus.RUNNING)).hasSize(1);
    }

    @Test
    void essentialContainerExit_stopsTheTaskWithItsExitCode_andTheServiceReplacesIt(InMemoryEcsKit kit, Simulator sim) {
        sim.exitEssentialContainer(GOOD, Duration.ofSeconds(30), 137);
        deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);

        sim.advance(Duration.ofSeconds(60));

        Task stopped = tasks(kit, TaskStatus.STOPPED).head();
        assertThat(stopped.stopCode()).contains(TaskStopCode.ESSENTIAL_CONTAINER_EXITED);
        assertThat(stopped.stoppedReason()).contains("Essential container in task exited");
        assertThat(stopped.containers().head().exitCode()).contains(137);
        assertThat(tasks(kit, TaskStatus.RUNNING)).hasSize(1);
    }

    @Test
    void failingHealthCheck_marksUnhealthyAndTheSchedulerStopsTheTask(InMemoryEcsKit kit, Simulator sim) {
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();
        kit.api().logs().createGroup(new LogGroupName("/ecs/web"), Option.none()).get();
        TaskDefinition checked = definition(GOOD).toBuilder().containerDefinitions(definition(GOOD).containerDefinitions()
                .map(c -> c.toBuilder().healthCheck(HealthCheck.builder().command(List.of("CMD", "true")).interval(10).retries(2).build())
                        .build())).build();
        kit.api().taskDefinitions().register(checked).get();
        sim.failHealthChecks(GOOD);
        kit.api().services().create(ServiceSpec.builder().cluster(CLUSTER).serviceName(SERVICE.value()).taskDefinition(TaskDefinitionRef.latest("web"))
                .desiredCount(1).launchType(LaunchType.FARGATE).networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(
                        List.of("subnet-0123456789abcdef0"), List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED))).build()).get();

        sim.advance(Duration.ofSeconds(25));
        assertThat(tasks(kit, TaskStatus.RUNNING).head().healthStatus()).contains(HealthStatus.HEALTHY);
        sim.advance(Duration.ofSeconds(30));

        Task stopped = tasks(kit, TaskStatus.STOPPED).head();
        assertThat(stopped.healthStatus()).contains(HealthStatus.UNHEALTHY);
        assertThat(stopped.stoppedReason()).contains("Task failed container health checks");
    }

    @Test
    void missingLogGroup_failsTheTaskToStartWithResourceInitializationError(InMemoryEcsKit kit, Simulator sim) {
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();
        kit.api().taskDefinitions().register(definition(GOOD)).get();
        kit.api().services().create(ServiceSpec.builder().cluster(CLUSTER).serviceName(SERVICE.value()).taskDefinition(TaskDefinitionRef.latest("web"))
                .desiredCount(1).launchType(LaunchType.FARGATE).networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(
                        List.of("subnet-0123456789abcdef0"), List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED))).build()).get();

        sim.advance(Duration.ofSeconds(30));

        Task stopped = tasks(kit, TaskStatus.STOPPED).head();
        assertThat(stopped.stopCode()).contains(TaskStopCode.TASK_FAILED_TO_START);
        assertThat(stopped.stoppedReason().get()).startsWith("ResourceInitializationError: ")
                .contains("The specified log group does not exist.");
    }

    @Test
    void stopTaskAfter_stopsThatTaskLater(InMemoryEcsKit kit, Simulator sim) {
        deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        sim.advance(Duration.ofMinutes(1));
        TaskArn task = kit.api().tasks().list(CLUSTER, Option.of(SERVICE), TaskStatus.RUNNING).get().head();

        sim.stopTaskAfter(task, Duration.ofSeconds(90));
        sim.advance(Duration.ofSeconds(60));
        assertThat(kit.api().tasks().describe(CLUSTER, List.of(task)).get().found().head().lastStatus()).isEqualTo(TaskStatus.RUNNING);
        sim.advance(Duration.ofSeconds(60));

        assertThat(kit.api().tasks().describe(CLUSTER, List.of(task)).get().found().head().lastStatus()).isEqualTo(TaskStatus.STOPPED);
    }

    @Test
    void throttle_failsTheNextCallsOfThatOperationOnly(InMemoryEcsKit kit, Simulator sim) {
        sim.throttle("CreateCluster", 2);

        assertThat(kit.api().clusters().create(ClusterSpec.named(CLUSTER)).getLeft()).isEqualTo(EcsError.Throttled.of("Rate exceeded"));
        assertThat(kit.api().clusters().list().isRight()).isTrue();
        assertThat(kit.api().clusters().create(ClusterSpec.named(CLUSTER)).isLeft()).isTrue();
        assertThat(kit.api().clusters().create(ClusterSpec.named(CLUSTER)).isRight()).isTrue();
    }

    @Test
    void declaredNetwork_refusesUnknownSubnetsAsAwsDoes(InMemoryEcsKit kit, Simulator sim) {
        sim.declareNetwork(List.of("subnet-0aaaaaaaaaaaaaaaa"), List.of("sg-0bbbbbbbbbbbbbbbb"));
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();
        kit.api().taskDefinitions().register(definition(GOOD)).get();

        var created = kit.api().services().create(ServiceSpec.builder().cluster(CLUSTER).serviceName(SERVICE.value())
                .taskDefinition(TaskDefinitionRef.latest("web")).desiredCount(1).launchType(LaunchType.FARGATE)
                .networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"),
                        List.of("sg-0bbbbbbbbbbbbbbbb"), AssignPublicIp.DISABLED))).build());

        assertThat(created.getLeft()).isEqualTo(EcsError.InvalidParameter.of("Error retrieving subnet information for "
                + "[subnet-0123456789abcdef0]: The subnet ID 'subnet-0123456789abcdef0' does not exist "
                + "(ErrorCode: InvalidSubnetID.NotFound)"));
    }

    @Test
    void containerLogLines_landInTheAwslogsStreamOfTheTask(InMemoryEcsKit kit, Simulator sim) {
        deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        sim.advance(Duration.ofMinutes(1));
        TaskArn task = kit.api().tasks().list(CLUSTER, Option.of(SERVICE), TaskStatus.RUNNING).get().head();

        sim.log(task, "web", "GET / 200").get();
        sim.advance(Duration.ofSeconds(1));
        sim.log(task, "web", "GET /health 200").get();

        Seq<LogEvent> events = kit.api().logs().events(new LogGroupName("/ecs/web"), Option.of("api/web/"),
                sim.now().minusSeconds(600), sim.now().plusSeconds(1)).get();
        assertThat(events.map(LogEvent::message)).containsExactly(
                "[ecskit] container web started from " + GOOD, "GET / 200", "GET /health 200");
        assertThat(events.head().stream().value()).isEqualTo("api/web/" + task.taskId());
    }

    @Test
    void rollingUpdate_keepsMinimumHealthyAndRetiresTheOldDeployment(InMemoryEcsKit kit, Simulator sim) {
        deploy(kit, 4, DeploymentCircuitBreaker.WITH_ROLLBACK);
        sim.advance(Duration.ofMinutes(1));

        Deployment second = redeploy(kit, "public.ecr.aws/docker/library/httpd:2.4.62").primaryDeployment().get();
        int minimumSeen = Integer.MAX_VALUE;
        for (int i = 0; i < 60; i++) {
            sim.advance(Duration.ofSeconds(1));
            minimumSeen = Math.min(minimumSeen, service(kit).runningCount());
        }

        Service done = service(kit);
        assertThat(minimumSeen).isGreaterThanOrEqualTo(4);
        assertThat(done.deployments().map(Deployment::id)).containsExactly(second.id());
        assertThat(done.primaryDeployment().get().rolloutState()).contains(DeploymentRolloutState.COMPLETED);
        assertThat(done.deployments().head().status()).isEqualTo(DeploymentStatus.PRIMARY);
        assertThat(done.runningCount()).isEqualTo(4);
    }
}
