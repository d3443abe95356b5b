package io.ecskit.docs;

import io.ecskit.adapter.inmemory.Simulator;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.DeploymentLifecycleHookAction;
import io.ecskit.domain.service.DeploymentLifecycleHookStatus;
import io.ecskit.domain.task.ContainerOverride;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.TaskOverride;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.RunTask;
import io.ecskit.port.out.ContainerMatcher;

import java.time.Duration;

/** The Java of docs/cli.md and docs/deployment-strategies.md, compiled by the build (DocsSnippetsTest). */
final class CliSnippets {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CliSnippets.class);

    private CliSnippets() {
    }

    static void oneOffTask(EcsKit ecs, ClusterName cluster, AwsVpcConfiguration network) {
        // tag::one-off-task[]
        RunTask.Outcome migration = EcsError.getOrThrow(ecs.runTask(RunTask.Command.of(
                RunTaskSpec.fargate(cluster, TaskDefinitionRef.latest("app"), network).toBuilder()
                        .overrides(TaskOverride.builder().addContainerOverrides(ContainerOverride.builder()
                                .name("app").addCommand("rails", "db:migrate").build()).build())
                        .build()).withTimeout(Duration.ofHours(2)),
                progress -> progress.newLogs().forEach(e -> log.info(e.message()))));
        migration.result();          // SUCCEEDED (every essential container exited 0), FAILED, TIMED_OUT, NOT_FOLLOWED
        migration.exitCode();        // the first essential container's, e.g. Some(3)
        migration.containers();      // each container's exit code and reason
        migration.stopCode();        // EssentialContainerExited, TaskFailedToStart, UserInitiated, ...
        migration.logs();            // every line its awslogs streams (prefix/container/taskId) got
        // end::one-off-task[]
    }

    static void scriptedTasks(Simulator simulator, TaskArn taskArn) {
        // tag::scripted-tasks[]
        simulator.oneOffTasksExit(0, Duration.ofSeconds(30));     // every standalone task nothing else scripts
        simulator.exit(ContainerMatcher.family("app").andCommand("rails", "db:migrate"), Duration.ofMinutes(2), 1);
        simulator.exit(ContainerMatcher.container("worker").andOneOff(), Duration.ofSeconds(10), 137);
        simulator.failImagePull(ContainerMatcher.ofTask(taskArn));
        // end::scripted-tasks[]
    }

    static void strategies(Simulator simulator, EcsKit kit, String arn, String hookId) {
        // tag::strategy-faults[]
        simulator.hooks().answer("arn:aws:lambda:...:function:smoke-test", DeploymentLifecycleHookStatus.FAILED);
        simulator.alarm("web-5xx").fire();                     // any strategy fails or rolls back
        kit.api().serviceDeployments().continueDeployment(arn, hookId, DeploymentLifecycleHookAction.CONTINUE);   // a PAUSE hook
        // end::strategy-faults[]
    }
}
