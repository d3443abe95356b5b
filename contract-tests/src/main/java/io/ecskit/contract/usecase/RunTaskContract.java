package io.ecskit.contract.usecase;

import io.ecskit.contract.Capability;
import io.ecskit.contract.ContractTest;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.task.ContainerOverride;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskOverride;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.RunTask;
import io.ecskit.port.out.ContainerMatcher;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-off tasks (issue 22 items 1, 2 and rules of item 4): {@code ecs.runTask} runs a task with overrides, waits until
 * it stops and answers each container's exit code, the stop code and the task's log lines; the simulated runtime runs
 * what it was asked to run (overrides applied and echoed) and scripts exits per family, container, command or task.
 */
public abstract class RunTaskContract extends ContractTest {

    private ClusterName cluster;
    private String family;
    private TaskDefinition migrate;

    @BeforeEach
    void clusterAndAMigrationDefinition() {
        cluster = fixtures.cluster();
        family = fixtures.family();
        TaskDefinition base = fixtures.fargate(family);
        ContainerDefinition app = base.containerDefinitions().head().toBuilder().name("app").portMappings(List.empty())
                .addCommand("bin/serve").addEnvironment(KeyValuePair.of("MODE", "web"), KeyValuePair.of("LOG", "info"))
                .logConfiguration(LogConfiguration.awslogs("/ecs/" + family, kit.region(), "one-off")).build();
        ContainerDefinition sidecar = app.toBuilder().name("sidecar").command(List.of("bin/agent")).environment(List.empty())
                .essential(false).build();
        migrate = base.toBuilder().containerDefinitions(List.of(app, sidecar)).build();
    }

    private RunTaskSpec spec(TaskOverride overrides) {
        return RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest(family), fixtures.network()).toBuilder()
                .overrides(overrides).startedBy("contract").build();
    }

    private static TaskOverride command(String container, String... command) {
        return TaskOverride.builder().addContainerOverrides(ContainerOverride.builder().name(container).addCommand(command).build()).build();
    }

    @Test
    void runTask_scriptedByItsCommand_answersTheEssentialContainersExitCode_andTheTasksLogLines() {
        requires(Capability.RUN_TASK);
        requires(Capability.FAULT_INJECTION);
        backend.exit(ContainerMatcher.family(family).andCommand("bin/migrate", "--to", "42"), Duration.ofSeconds(40), 3);
        java.util.List<RunTask.Progress> polls = new ArrayList<>();

        RunTask.Outcome outcome = right(kit.runTask(RunTask.Command.registering(migrate,
                spec(command("app", "bin/migrate", "--to", "42"))), polls::add));

        assertThat(outcome.result()).isEqualTo(RunTask.Result.FAILED);
        assertThat(outcome.exitCode()).contains(3);
        assertThat(outcome.stopCode()).contains(TaskStopCode.ESSENTIAL_CONTAINER_EXITED);
        assertThat(outcome.stoppedReason()).contains("Essential container in task exited");
        assertThat(outcome.containers().map(RunTask.ContainerExit::name)).containsExactly("app", "sidecar");
        assertThat(outcome.containers().find(c -> c.name().equals("sidecar")).get().essential()).isFalse();
        assertThat(outcome.task().lastStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(polls.get(polls.size() - 1).lastStatus()).isEqualTo(TaskStatus.STOPPED);
        // the log lines of both containers' streams (prefix/container/taskId), as the polls handed them over
        assertThat(outcome.logs()).isNotEmpty();
        assertThat(outcome.logs().map(LogEvent::stream).map(s -> s.value()).distinct())
                .allMatch(stream -> stream.endsWith("/" + outcome.taskArn().taskId()));
        assertThat(List.ofAll(polls).flatMap(RunTask.Progress::newLogs)).containsExactlyElementsOf(outcome.logs());
    }

    @Test
    void runTask_overridesAreApplied_andEchoedForEveryContainer() {
        requires(Capability.RUN_TASK);
        requires(Capability.FAULT_INJECTION);
        backend.oneOffTasksExit(0, Duration.ofSeconds(30));
        TaskOverride overrides = TaskOverride.builder().addContainerOverrides(ContainerOverride.builder().name("app")
                        .addCommand("bin/migrate").addEnvironment(KeyValuePair.of("MODE", "migrate")).memory(300).build())
                .memory("1024").build();

        RunTask.Outcome outcome = right(kit.runTask(RunTask.Command.registering(migrate, spec(overrides))));

        assertThat(outcome.result()).isEqualTo(RunTask.Result.SUCCEEDED);
        assertThat(outcome.exitCode()).contains(0);
        Task task = outcome.task();
        assertThat(task.memory()).contains("1024");
        TaskOverride echoed = task.overrides().get();
        assertThat(echoed.containerOverrides().map(o -> o.name().get())).containsExactly("app", "sidecar");
        ContainerOverride app = echoed.containerOverrides().head();
        assertThat(app.command()).containsExactly("bin/migrate");
        assertThat(app.environment()).containsExactly(KeyValuePair.of("MODE", "migrate"));
        assertThat(echoed.containerOverrides().get(1).command()).isEmpty();
        assertThat(task.containers().find(c -> c.name().contains("app")).get().memory()).contains("300");
    }

    @Test
    void runTask_withoutOverrides_echoesEachContainerByName() {
        requires(Capability.RUN_TASK);
        right(kit.api().taskDefinitions().register(migrate));

        Task task = right(kit.api().tasks().run(spec(TaskOverride.builder().build()).toBuilder().overrides(Option.none()).build())).found().single();

        assertThat(task.overrides().get().containerOverrides().map(o -> o.name().get())).containsExactly("app", "sidecar");
        assertThat(task.overrides().get().containerOverrides().flatMap(ContainerOverride::command)).isEmpty();
    }

    @Test
    void runTask_nothingScripted_keepsRunning_andTimesOutWithTheTaskStillRunning() {
        requires(Capability.RUN_TASK);
        requires(Capability.TASK_LIFECYCLE);

        RunTask.Outcome outcome = right(kit.runTask(RunTask.Command.registering(migrate, spec(command("app", "bin/serve")))
                .withTimeout(Duration.ofMinutes(3))));

        assertThat(outcome.result()).isEqualTo(RunTask.Result.TIMED_OUT);
        assertThat(outcome.task().lastStatus()).isEqualTo(TaskStatus.RUNNING);
        assertThat(outcome.exitCode()).isEmpty();
    }

    @Test
    void runTask_withoutWaiting_answersTheStartedTask() {
        requires(Capability.RUN_TASK);

        RunTask.Outcome outcome = right(kit.runTask(RunTask.Command.registering(migrate, spec(command("app", "bin/migrate")))
                .withoutWaiting()));

        assertThat(outcome.result()).isEqualTo(RunTask.Result.NOT_FOLLOWED);
        assertThat(outcome.task().taskDefinitionArn().family()).isEqualTo(family);
        assertThat(right(kit.api().tasks().list(cluster, Option.none(), TaskStatus.RUNNING))).contains(outcome.taskArn());
    }

    @Test
    void runTask_aScriptForOneOffTasks_leavesAServiceSharingTheImageRunning() {
        requires(Capability.RUN_TASK);
        requires(Capability.FAULT_INJECTION);
        ServiceName web = fixtures.serviceName();
        right(kit.deploy(DeployService.Command.of(migrate, cluster, web, 1).withNetwork(fixtures.network())));
        backend.exit(ContainerMatcher.container("app").andOneOff(), Duration.ofSeconds(20), 0);

        RunTask.Outcome outcome = right(kit.runTask(RunTask.Command.of(spec(command("app", "bin/migrate")))));
        backend.passTime(Duration.ofMinutes(5));

        assertThat(outcome.result()).isEqualTo(RunTask.Result.SUCCEEDED);
        var service = right(kit.api().services().describe(cluster, List.of(web))).found().single();
        assertThat(service.runningCount()).isEqualTo(1);
        assertThat(right(kit.api().tasks().list(cluster, Option.of(web), TaskStatus.STOPPED))).isEmpty();
    }

    @Test
    void runTask_anOverrideForAContainerTheDefinitionLacks_isRefusedAndStartsNothing() {
        requires(Capability.RUN_TASK);
        right(kit.api().taskDefinitions().register(migrate));

        var refused = kit.runTask(RunTask.Command.of(spec(command("django", "manage.py", "migrate"))));

        // rule overrideContainerFound
        assertError(refused, EcsError.InvalidParameter.class, EcsRule.OVERRIDE_CONTAINER_FOUND.message("django"));
        assertThat(right(kit.api().tasks().list(cluster, Option.none(), TaskStatus.RUNNING))).isEmpty();
    }

    @Test
    void runTask_overridesLongerThan8192Characters_areRefused() {
        requires(Capability.RUN_TASK);
        right(kit.api().taskDefinitions().register(migrate));
        TaskOverride big = TaskOverride.builder().addContainerOverrides(ContainerOverride.builder().name("app")
                .addEnvironment(KeyValuePair.of("PAYLOAD", "x".repeat(8200))).build()).build();

        var refused = kit.api().tasks().run(spec(big));

        // rule containerOverridesLength
        assertError(refused, EcsError.InvalidParameter.class, EcsRule.CONTAINER_OVERRIDES_LENGTH.message());
        assertThat(right(kit.api().tasks().list(cluster, Option.none(), TaskStatus.RUNNING))).isEmpty();
    }

    @Test
    void runTask_overridesThatMakeAnInvalidTask_areRefused_startingNothing() {
        requires(Capability.RUN_TASK);
        requires(Capability.TASK_DEFINITION_VALIDATION);
        right(kit.api().taskDefinitions().register(migrate));

        var oversized = kit.api().tasks().run(spec(TaskOverride.builder().cpu("256").memory("4096").build()));
        var notANumber = kit.api().tasks().run(spec(TaskOverride.builder().cpu("abc").build()));
        var containerBeyondTask = kit.api().tasks().run(spec(TaskOverride.builder().addContainerOverrides(ContainerOverride.builder()
                .name("app").memory(4096).build()).build()));
        var twice = kit.api().tasks().run(spec(TaskOverride.builder().addContainerOverrides(
                ContainerOverride.builder().name("app").addCommand("first").build(),
                ContainerOverride.builder().name("app").addCommand("second").build()).build()));

        // the task they would run is itself refused, as RegisterTaskDefinition would refuse it
        assertThat(oversized.isLeft()).as("256 CPU units with 4 GiB is no Fargate size").isTrue();
        assertThat(notANumber.isLeft()).isTrue();
        assertThat(containerBeyondTask.isLeft()).isTrue();
        // rule overrideContainerOnce: neither of two overrides of one container is dropped silently
        assertError(twice, EcsError.InvalidParameter.class, EcsRule.OVERRIDE_CONTAINER_ONCE.message("app"));
        assertThat(right(kit.api().tasks().list(cluster, Option.none(), TaskStatus.RUNNING))).isEmpty();
    }

    @Test
    void anExitScriptedForATaskThatAlreadyRanLonger_endsItNow_notInThePast() {
        requires(Capability.RUN_TASK);
        requires(Capability.FAULT_INJECTION);
        right(kit.api().taskDefinitions().register(migrate));
        right(kit.api().logs().createGroup(new io.ecskit.domain.logs.LogGroupName("/ecs/" + family), Option.none()));
        Task task = right(kit.api().tasks().run(spec(command("app", "bin/long-job")))).found().single();
        backend.passTime(Duration.ofMinutes(5));
        java.time.Instant scripted = kit.api().time().now();

        backend.exit(ContainerMatcher.ofTask(task.taskArn()).andContainer("app"), Duration.ofSeconds(20), 4);
        backend.passTime(Duration.ofMinutes(1));

        Task stopped = right(kit.api().tasks().describe(cluster, List.of(task.taskArn()))).found().single();
        assertThat(stopped.lastStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(stopped.stoppingAt().get()).isAfterOrEqualTo(scripted);
        assertThat(stopped.containers().find(c -> c.name().contains("app")).get().exitCode()).contains(4);
    }

    @Test
    void runTask_countOtherThanOne_isInvalidBeforeAnyCall() {
        var refused = kit.runTask(RunTask.Command.of(spec(command("app", "bin/migrate")).toBuilder().count(2).build()));

        assertThat(refused.getLeft()).isInstanceOf(EcsError.Invalid.class);
        assertThat(refused.getLeft().message()).contains("count must be 1 for a one-off task");
    }
}
