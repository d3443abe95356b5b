package io.ecskit.contract;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** TaskPort: a service's tasks, listed, described and stopped. */
public abstract class TaskPortContract extends ContractTest {

    private ClusterName cluster;
    private ServiceName service;

    @BeforeEach
    void runningService() {
        requires(Capability.TASK_LIFECYCLE);
        cluster = fixtures.cluster();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        service = fixtures.serviceName();
        right(kit.api().services().create(fixtures.service(cluster, service, TaskDefinitionRef.latest(family), 2).build()));
        backend.passTime(Duration.ofMinutes(1));
    }

    @Test
    void list_serviceTasks_givesTheDesiredCountInLongArnFormat() {
        Seq<TaskArn> tasks = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING));

        assertThat(tasks).hasSize(2);
        assertThat(tasks.head().toString()).startsWith("arn:aws:ecs:" + kit.region() + ":" + kit.accountId()
                + ":task/" + cluster.value() + "/");
    }

    @Test
    void describe_runningTasks_areRunningWithTheServiceGroup() {
        Seq<TaskArn> arns = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING));

        Descriptions<Task> described = right(kit.api().tasks().describe(cluster, arns));

        assertThat(described.failures()).isEmpty();
        assertThat(described.found().map(Task::lastStatus)).containsOnly(TaskStatus.RUNNING);
        assertThat(described.found().map(Task::group)).containsOnly(Option.of("service:" + service.value()));
        assertThat(described.found().head().taskDefinitionArn().wire()).contains(":task-definition/");
    }

    @Test
    void describe_unknownTask_isAFailureWithReasonMissing() {
        TaskArn known = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING)).head();
        TaskArn unknown = new TaskArn(known.region(), known.account(), cluster, "0".repeat(32));

        Descriptions<Task> described = right(kit.api().tasks().describe(cluster, List.of(unknown)));

        assertThat(described.found()).isEmpty();
        assertThat(described.failures()).containsExactly(Descriptions.Failure.missing(unknown.toString()));
    }

    @Test
    void run_standaloneTasks_startInTheFamilysGroup_andAClientTokenIsIdempotent() {
        requires(Capability.RUN_TASK);
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        RunTaskSpec spec = RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network()).toBuilder()
                .count(2).startedBy("contract").clientToken("token-" + family).build();

        Seq<Task> started = right(kit.api().tasks().run(spec)).found();
        Seq<Task> again = right(kit.api().tasks().run(spec)).found();

        assertThat(started).hasSize(2);
        assertThat(started.map(Task::group)).containsOnly(Option.of("family:" + family));
        assertThat(again.map(Task::taskArn)).containsExactlyInAnyOrderElementsOf(started.map(Task::taskArn));
        backend.passTime(Duration.ofMinutes(1));
        assertThat(right(kit.api().tasks().describe(cluster, started.map(Task::taskArn))).found().map(Task::lastStatus))
                .containsOnly(TaskStatus.RUNNING);
    }

    @Test
    void list_filtersByFamilyStartedByAndLaunchType_asListTasksDoes() {
        requires(Capability.RUN_TASK);
        String jobs = fixtures.family();
        String other = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(jobs)));
        right(kit.api().taskDefinitions().register(fixtures.fargate(other)));
        Task job = right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(jobs), fixtures.network())
                .toBuilder().startedBy("nightly-42").build())).found().single();
        Task theirs = right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(other), fixtures.network())
                .toBuilder().startedBy("someone-else").build())).found().single();

        var byFamily = right(kit.api().tasks().list(cluster, io.ecskit.domain.task.TaskFilter.running().withFamily(jobs)));
        var byStarter = right(kit.api().tasks().list(cluster, io.ecskit.domain.task.TaskFilter.running().withStartedBy("someone-else")));
        var onEc2 = right(kit.api().tasks().list(cluster, io.ecskit.domain.task.TaskFilter.running().withFamily(jobs)
                .withLaunchType(io.ecskit.domain.LaunchType.EC2)));

        var startedByWithMore = kit.api().tasks().list(cluster, io.ecskit.domain.task.TaskFilter.running().withStartedBy("nightly-42")
                .withFamily(jobs));
        var unknownService = kit.api().tasks().list(cluster, Option.of(new ServiceName("no-such-service")), TaskStatus.RUNNING);
        var longStarter = kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(jobs), fixtures.network())
                .toBuilder().startedBy("x".repeat(129)).build());

        assertThat(byFamily).containsExactly(job.taskArn());
        // rules listTasksStartedByAlone, startedByFormat; an unknown service is ServiceNotFoundException
        assertError(startedByWithMore, io.ecskit.domain.error.EcsError.InvalidParameter.class,
                io.ecskit.domain.EcsRule.LIST_TASKS_STARTED_BY_ALONE.message());
        assertThat(unknownService.getLeft()).isInstanceOf(io.ecskit.domain.error.EcsError.ServiceNotFound.class);
        assertError(longStarter, io.ecskit.domain.error.EcsError.InvalidParameter.class,
                io.ecskit.domain.EcsRule.STARTED_BY_FORMAT.message());
        assertThat(byStarter).containsExactly(theirs.taskArn());
        assertThat(onEc2).isEmpty();
    }

    @Test
    void run_elevenTasks_isRefused() {
        requires(Capability.RUN_TASK);
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));

        assertErrorType(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network())
                .toBuilder().count(11).build()), io.ecskit.domain.error.EcsError.InvalidParameter.class);
    }

    @Test
    void stop_task_endsStoppedWithUserInitiatedAndTheReason() {
        TaskArn task = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING)).head();

        Task stopping = right(kit.api().tasks().stop(cluster, task, "contract test"));
        assertThat(stopping.desiredStatus()).isEqualTo(TaskStatus.STOPPED);
        backend.passTime(Duration.ofSeconds(30));

        Task stopped = right(kit.api().tasks().describe(cluster, List.of(task))).found().head();
        assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(stopped.stopCode()).contains(TaskStopCode.USER_INITIATED);
        assertThat(stopped.stoppedReason()).contains("contract test");
        assertThat(right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.STOPPED))).contains(task);
    }

    @Test
    void executeCommand_needsATaskRunWithExecEnabled_andAnswersASession() {
        requires(Capability.RUN_TASK);
        requires(Capability.EXECUTE_COMMAND);
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        RunTaskSpec base = RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network());
        Task plain = right(kit.api().tasks().run(base)).found().single();
        Task exec = right(kit.api().tasks().run(base.toBuilder().enableExecuteCommand(true).build())).found().single();
        backend.passTime(Duration.ofMinutes(1));

        var refused = kit.api().tasks().executeCommand(cluster, plain.taskArn(), Option.none(), "/bin/sh", true);
        var session = right(kit.api().tasks().executeCommand(cluster, exec.taskArn(), Option.none(), "/bin/sh", true));
        Task running = right(kit.api().tasks().describe(cluster, io.vavr.collection.List.of(exec.taskArn()))).found().single();

        // rule executeCommandEnabled
        assertError(refused, io.ecskit.domain.error.EcsError.InvalidParameter.class, io.ecskit.domain.EcsRule.EXECUTE_COMMAND_ENABLED.message());
        assertThat(session.taskArn()).isEqualTo(exec.taskArn().toString());
        assertThat(session.interactive()).isTrue();
        assertThat(session.streamUrl()).startsWith("wss://");
        assertThat(session.sessionId()).isNotBlank();
        assertThat(running.enableExecuteCommand()).contains(true);
        assertThat(running.containers().flatMap(c -> c.managedAgents()).flatMap(a -> a.name()))
                .contains(io.ecskit.domain.task.ManagedAgentName.EXECUTE_COMMAND_AGENT);
    }

    @Test
    void aProtectedTask_outlivesAScaleIn_untilItsProtectionEnds() {
        requires(Capability.TASK_PROTECTION);
        Seq<TaskArn> tasks = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING));
        TaskArn kept = tasks.head();

        var updated = right(kit.api().tasks().updateProtection(cluster, List.of(kept), true, Option.of(60)));
        right(kit.api().services().update(io.ecskit.domain.service.ServiceUpdate.builder().cluster(cluster).service(service)
                .desiredCount(0).build()));
        backend.passTime(Duration.ofMinutes(2));
        var during = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING));
        var protection = right(kit.api().tasks().getProtection(cluster, List.of(kept)));
        backend.passTime(Duration.ofMinutes(60));
        var after = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING));

        assertThat(updated.found().map(p -> p.protectionEnabled())).containsExactly(true);
        assertThat(updated.found().single().expirationDate()).isNotEmpty();
        assertThat(during).containsExactly(kept);
        assertThat(protection.found().map(p -> p.taskArn())).containsExactly(kept.toString());
        assertThat(after).isEmpty();
    }

    @Test
    void standaloneTasks_cannotBeProtected_andExpiryIsBounded() {
        requires(Capability.TASK_PROTECTION);
        requires(Capability.RUN_TASK);
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        Task standalone = right(kit.api().tasks().run(RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network()))).found()
                .single();
        TaskArn serviceTask = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING)).head();

        var answer = right(kit.api().tasks().updateProtection(cluster, List.of(standalone.taskArn()), true, Option.none()));

        assertThat(answer.failures().map(f -> f.reason())).containsExactly("TASK_NOT_VALID");
        // rule taskProtectionExpiry
        assertError(kit.api().tasks().updateProtection(cluster, List.of(serviceTask), true, Option.of(2881)),
                io.ecskit.domain.error.EcsError.InvalidParameter.class, io.ecskit.domain.EcsRule.TASK_PROTECTION_EXPIRY.message());
    }

    @Test
    void theAgentsReports_stopATask_withTheReportedExitCodeAndReason() {
        requires(Capability.AGENT_REPORTS);
        Seq<TaskArn> tasks = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING));
        Task task = right(kit.api().tasks().describe(cluster, tasks.take(1))).found().single();
        String container = task.containers().head().name().get();

        String ack = right(kit.api().tasks().submitContainerStateChange(cluster, task.taskArn(), container, TaskStatus.STOPPED,
                Option.of(137), Option.of("OutOfMemoryError: Container killed due to memory usage")));
        Task stopping = right(kit.api().tasks().describe(cluster, tasks.take(1))).found().single();

        assertThat(ack).isNotBlank();
        assertThat(stopping.desiredStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(stopping.stopCode()).contains(TaskStopCode.ESSENTIAL_CONTAINER_EXITED);
        assertThat(stopping.containers().head().exitCode()).contains(137);
        assertThat(stopping.containers().head().reason()).contains("OutOfMemoryError: Container killed due to memory usage");
        assertThat(right(kit.api().tasks().submitTaskStateChange(cluster, tasks.get(1), TaskStatus.STOPPED, Option.of("drained"))))
                .isNotBlank();
        assertThat(right(kit.api().tasks().describe(cluster, tasks.drop(1))).found().single().stoppedReason()).contains("drained");
    }

    @Test
    void submitAttachmentStateChanges_acknowledgesATasksAttachment_andRefusesAnUnknownOne() {
        requires(Capability.AGENT_REPORTS);
        Seq<TaskArn> tasks = right(kit.api().tasks().list(cluster, Option.of(service), TaskStatus.RUNNING));
        Task task = right(kit.api().tasks().describe(cluster, tasks.take(1))).found().single();
        String attachment = "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":attachment/" + task.attachments().head().id().get();
        String unknown = "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":attachment/00000000-0000-0000-0000-000000000000";

        String ack = right(kit.api().tasks().submitAttachmentStateChanges(cluster,
                io.vavr.collection.List.of(new io.ecskit.domain.task.AttachmentStateChange(attachment, "ATTACHED"))));
        var refused = kit.api().tasks().submitAttachmentStateChanges(cluster,
                io.vavr.collection.List.of(new io.ecskit.domain.task.AttachmentStateChange(unknown, "ATTACHED")));

        assertThat(ack).isNotBlank();
        assertError(refused, io.ecskit.domain.error.EcsError.InvalidParameter.class, io.ecskit.domain.EcsRule.SUBMITTED_ATTACHMENT_FOUND.message(unknown));
    }
}
