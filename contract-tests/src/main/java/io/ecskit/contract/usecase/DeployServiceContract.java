package io.ecskit.contract.usecase;

import io.vavr.collection.List;
import io.ecskit.contract.Capability;
import io.ecskit.contract.ContractTest;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.ServiceDefaults;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.taskdef.HealthCheck;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionDefaults;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentOutcome.Result;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.port.in.RollbackService;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** DeployService on any backend: validation first, ensure, register only on change, follow by id. */
public abstract class DeployServiceContract extends ContractTest {

    /** Every mutating operation ecskit's ports can send. */
    private static final String WRITES = "RegisterTaskDefinition,DeregisterTaskDefinition,TagResource,CreateService,UpdateService,"
            + "DeleteService,CreateCluster,DeleteCluster,CreateLogGroup,PutRetentionPolicy,CreateRepository,StopTask";

    private ClusterName cluster;
    private ServiceName service;
    private String family;
    private LogGroupName logGroup;

    @BeforeEach
    void names() {
        cluster = fixtures.clusterName();
        service = fixtures.serviceName();
        family = fixtures.family();
        logGroup = new LogGroupName("/ecs/" + family);
    }

    private TaskDefinition definition(String image) {
        TaskDefinition base = fixtures.fargate(family, image);
        return base.toBuilder().containerDefinitions(base.containerDefinitions().map(c -> c.toBuilder()
                .logConfiguration(LogConfiguration.awslogs(logGroup.value(), kit.region(), "api")).build())).build();
    }

    private DeployService.Command command(TaskDefinition td, int desired) {
        return DeployService.Command.of(td, cluster, service, desired).withNetwork(fixtures.network());
    }

    private DeploymentOutcome deploy(DeployService.Command command) {
        return right(kit.deploy(command, DeploymentProgress.Listener.NONE));
    }

    @Test
    void deploy_newService_ensuresClusterAndLogGroup_registers_andSucceeds() {
        requires(Capability.TASK_LIFECYCLE);
        java.util.List<DeploymentProgress> progress = new ArrayList<>();

        DeploymentOutcome outcome = right(kit.deploy(command(definition(fixtures.IMAGE), 2), progress::add));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.registeredNewRevision()).isTrue();
        assertThat(outcome.taskDefinition().get().wire()).endsWith(":task-definition/" + family + ":1");
        assertThat(outcome.service().get().runningCount()).isEqualTo(2);
        assertThat(right(kit.api().clusters().describe(cluster))).isNotEmpty();
        assertThat(right(kit.api().logs().describeGroup(logGroup))).isNotEmpty();
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1).running()).isEqualTo(2);
    }

    @Test
    void deploy_invalidInput_listsEveryViolation_andCreatesNothing() {
        TaskDefinition noSize = definition(fixtures.IMAGE).toBuilder().cpu(Option.none()).memory(Option.none()).build();

        var result = kit.deploy(DeployService.Command.of(noSize, cluster, service, -1), DeploymentProgress.Listener.NONE);

        assertThat(result.getLeft()).isInstanceOf(EcsError.Invalid.class);
        assertThat(((EcsError.Invalid) result.getLeft()).violations().map(v -> v.path()))
                .contains("cpu", "memory", "desiredCount", "networkConfiguration");
        assertThat(right(kit.api().clusters().describe(cluster))).isEmpty();
        assertThat(right(kit.api().logs().describeGroup(logGroup))).isEmpty();
        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.latest(family)))).isEmpty();
    }

    @Test
    void deploy_unchanged_makesNoWriteCall() {
        requires(Capability.CALL_COUNTS);
        requires(Capability.TASK_LIFECYCLE);
        deploy(command(definition(fixtures.IMAGE), 1));
        backend.resetCalls();

        DeploymentOutcome again = deploy(command(definition(fixtures.IMAGE), 1));

        assertThat(again.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(again.registeredNewRevision()).isFalse();
        assertNoWriteCall();
    }

    @Test
    void deploy_sameDefinitionWrittenDifferently_registersNoNewRevision() {
        deploy(command(definition(fixtures.IMAGE), 0).withoutWaiting());
        TaskDefinition spelledOut = definition(fixtures.IMAGE).toBuilder().cpu("0.25 vCPU").memory("0.5 GB").build();
        spelledOut = spelledOut.toBuilder().containerDefinitions(spelledOut.containerDefinitions()
                .map(c -> c.toBuilder().essential(Option.none()).build())).build();

        DeploymentOutcome again = deploy(command(spelledOut, 0).withoutWaiting());

        assertThat(again.registeredNewRevision()).isFalse();
        assertThat(again.taskDefinition().get().wire()).endsWith(family + ":1");
    }

    /**
     * Rule taskDefinitionDefaults (issue 11): ECS stores the defaults it fills in (healthCheck interval,
     * timeout, retries; container cpu 0; essential true), so the revision it describes is the defaulted
     * form of the file. Deploying that file, twice, must reuse the revision rather than register one per
     * deploy. The defaulted form is registered first because moto stores a request as sent.
     */
    @Test
    void deploy_sameFileTwice_againstTheRevisionEcsStored_taskDefinitionDefaults_registersNoNewRevision() {
        TaskDefinition base = definition(fixtures.IMAGE);
        TaskDefinition file = base.toBuilder().containerDefinitions(base.containerDefinitions().map(c -> c.toBuilder()
                .cpu(Option.none()).essential(Option.none())
                .healthCheck(HealthCheck.builder().command(List.of("CMD-SHELL", "curl -f http://localhost/ || exit 1")).build())
                .build())).build();
        right(kit.api().taskDefinitions().register(TaskDefinitionDefaults.stored(file)));

        DeploymentOutcome first = deploy(command(file, 0).withoutWaiting());
        DeploymentOutcome second = deploy(command(file, 0).withoutWaiting());

        assertThat(first.registeredNewRevision()).isFalse();
        assertThat(second.registeredNewRevision()).isFalse();
        assertThat(first.taskDefinition().get().wire()).endsWith(family + ":1");
        assertThat(second.taskDefinition().get().wire()).endsWith(family + ":1");
        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.of(family, 2)))).isEmpty();
    }

    @Test
    void deploy_newImage_registersOnceAndUpdatesOnce() {
        requires(Capability.CALL_COUNTS);
        requires(Capability.DEPLOYMENTS);
        requires(Capability.TASK_LIFECYCLE);
        deploy(command(definition(fixtures.IMAGE), 1));
        backend.resetCalls();

        DeploymentOutcome outcome = deploy(command(definition("public.ecr.aws/docker/library/httpd:2.4.62"), 1));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.taskDefinition().get().wire()).endsWith(family + ":2");
        for (String write : WRITES.split(",")) {
            int expected = write.equals("RegisterTaskDefinition") || write.equals("UpdateService") ? 1 : 0;
            assertThat(backend.calls(write)).as(write).isEqualTo(expected);
        }
        // polling backs off: a 2-minute rollout needs few DescribeServices, far inside 20/s
        assertThat(backend.calls("DescribeServices")).isLessThan(20);
    }

    @Test
    void deploy_newRevision_pointsBackToTheRevisionWhoseDeploymentCompleted() {
        requires(Capability.TASK_LIFECYCLE);
        deploy(command(definition(fixtures.IMAGE), 1));

        deploy(command(definition("public.ecr.aws/docker/library/httpd:2.4.62"), 1));

        var second = right(kit.api().taskDefinitions().describe(TaskDefinitionRef.of(family, 2))).get();
        assertThat(second.definition().tags().map(t -> t.key().get() + "=" + t.value().get()))
                .containsExactly(RollbackService.ROLLBACK_TAG + "=" + family + ":1");
        assertThat(right(kit.api().taskDefinitions().describe(TaskDefinitionRef.of(family, 1))).get().definition().tags()).isEmpty();
    }

    @Test
    void deploy_onlyTheCountChanged_sendsOneUpdateWithoutRegistering() {
        requires(Capability.CALL_COUNTS);
        requires(Capability.TASK_LIFECYCLE);
        deploy(command(definition(fixtures.IMAGE), 1));
        backend.resetCalls();

        DeploymentOutcome outcome = deploy(command(definition(fixtures.IMAGE), 3));

        assertThat(outcome.result()).isEqualTo(Result.SUCCEEDED);
        assertThat(outcome.service().get().runningCount()).isEqualTo(3);
        assertThat(backend.calls("RegisterTaskDefinition")).isZero();
        assertThat(backend.calls("UpdateService")).isEqualTo(1);
    }

    @Test
    void deploy_unchangedButSubnetsInAnotherOrder_makesNoWriteCall() {
        requires(Capability.CALL_COUNTS);
        // ECS's default configuration: moto keeps none, so ecskit's own would be sent again there
        DeployService.Command first = command(definition(fixtures.IMAGE), 0)
                .withDeploymentConfiguration(ServiceDefaults.deploymentConfiguration(Option.none())).withoutWaiting();
        deploy(first);
        var network = fixtures.network();
        backend.resetCalls();

        deploy(first.withNetwork(new AwsVpcConfiguration(network.subnets().reverse(), network.securityGroups().reverse(),
                network.assignPublicIp())));

        assertNoWriteCall();
    }

    private void assertNoWriteCall() {
        for (String write : WRITES.split(",")) {
            assertThat(backend.calls(write)).as(write).isZero();
        }
    }

    @Test
    void deploy_unpullableImage_isRolledBack_withStopReasons() {
        requires(Capability.FAULT_INJECTION);
        requires(Capability.DEPLOYMENTS);
        String bad = "public.ecr.aws/docker/library/httpd:no-such-tag";
        DeploymentOutcome good = deploy(command(definition(fixtures.IMAGE), 1));
        backend.failImagePull(bad);

        DeploymentOutcome outcome = deploy(command(definition(bad), 1));

        assertThat(outcome.result()).isEqualTo(Result.ROLLED_BACK);
        // the outcome names the revision that failed; the service is back on the good one
        assertThat(outcome.taskDefinition().get().wire()).endsWith(family + ":2");
        assertThat(outcome.stoppedTasks()).isNotEmpty();
        assertThat(outcome.stoppedTasks().head().stopCode()).contains(TaskStopCode.TASK_FAILED_TO_START);
        assertThat(outcome.stoppedTasks().head().stoppedReason().get()).startsWith("CannotPullContainerError");
        assertThat(outcome.recentEvents().map(e -> e.message()).mkString("\n")).contains("deployment failed");
        assertThat(outcome.service().get().taskDefinition().get().sameRevision(good.taskDefinition().get())).isTrue();
    }

    /** Rule imagePullable (docs/ecs-rules.md): an image on the account's own ECR that nobody pushed. */
    @Test
    void deploy_unpushedImageOnTheAccountsOwnRegistry_isRolledBack_withCannotPullContainerError() {
        requires(Capability.IMAGE_PULL_CHECKS);
        requires(Capability.DEPLOYMENTS);
        String unpushed = kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com/" + backend.prefix() + "nope:1";
        DeploymentOutcome good = deploy(command(definition(fixtures.IMAGE), 1));

        DeploymentOutcome outcome = deploy(command(definition(unpushed), 1));

        assertThat(outcome.result()).isEqualTo(Result.ROLLED_BACK);
        assertThat(outcome.stoppedTasks()).isNotEmpty();
        assertThat(outcome.stoppedTasks().head().stopCode()).contains(TaskStopCode.TASK_FAILED_TO_START);
        assertThat(outcome.stoppedTasks().head().stoppedReason().get()).startsWith("CannotPullContainerError").contains(unpushed);
        assertThat(outcome.service().get().taskDefinition().get().sameRevision(good.taskDefinition().get())).isTrue();
    }

    @Test
    void deploy_failingWithoutRollback_isFailed() {
        requires(Capability.FAULT_INJECTION);
        String bad = "public.ecr.aws/docker/library/httpd:broken";
        backend.failImagePull(bad);

        DeploymentOutcome outcome = deploy(command(definition(bad), 1)
                .withDeploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(100).maximumPercent(200)
                        .deploymentCircuitBreaker(DeploymentCircuitBreaker.builder().enable(true).rollback(false).build()).build()));

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.stoppedTasks().map(t -> t.stopCode())).allMatch(c -> c.contains(TaskStopCode.TASK_FAILED_TO_START));
    }

    @Test
    void aServiceWhoseTasksNeverStart_isRelaunchedEverMoreSlowly_andSaysSo_withoutABreaker() {
        requires(Capability.FAULT_INJECTION);
        requires(Capability.TASK_LIFECYCLE);
        String bad = "public.ecr.aws/docker/library/httpd:throttled";
        backend.failImagePull(bad);
        deploy(command(definition(bad), 1).withoutWaiting()
                .withDeploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(100).maximumPercent(200)
                        .deploymentCircuitBreaker(DeploymentCircuitBreaker.DISABLED).build()));

        backend.passTime(Duration.ofHours(2));

        var described = right(kit.api().services().describe(cluster, io.vavr.collection.List.of(service))).found().single();
        // rule serviceThrottled: ~1,000 failed tasks in two hours without it; ECS pauses up to 27 minutes
        assertThat(described.primaryDeployment().get().failedTasks()).isBetween(5, 20);
        assertThat(described.events().map(e -> e.message())).contains(io.ecskit.domain.EcsRule.SERVICE_THROTTLED.message(service.value()));
    }

    @Test
    void deploy_thatNeverSettles_timesOutAtTheCallersDeadline() {
        requires(Capability.FAULT_INJECTION);
        String bad = "public.ecr.aws/docker/library/httpd:never";
        backend.failImagePull(bad);

        DeploymentOutcome outcome = deploy(command(definition(bad), 1)
                .withDeploymentConfiguration(ServiceDefaults.deploymentConfiguration(Option.none()))
                .withTimeout(Duration.ofMinutes(3)));

        assertThat(outcome.result()).isEqualTo(Result.TIMED_OUT);
        assertThat(outcome.waited()).isBetween(Duration.ofMinutes(3), Duration.ofMinutes(3).plusSeconds(15));
    }
}
