package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentController;
import io.ecskit.domain.service.DeploymentControllerType;
import io.ecskit.domain.service.DeploymentStrategy;
import io.ecskit.domain.service.Scale;
import io.ecskit.domain.service.ScaleUnit;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.TaskSetSpec;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentProgress;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.ecskit.adapter.inmemory.SimulatedRuntimeTest.BAD;
import static io.ecskit.adapter.inmemory.SimulatedRuntimeTest.CLUSTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 26 item 2: a failure inside any step of the simulation (a bug's RuntimeException, a StackOverflowError) stays
 * with the task or service whose step it was. For every step, the failure is injected on its first and on its third
 * try, in a story that goes through all of them (a rolling deployment, an image that cannot be pulled, the circuit
 * breaker and its rollback, a one-off task that exits, an hour of forgetting); every call still answers, and once the
 * failure stops, the region ends where it ends without one: the service ACTIVE on its first revision with three tasks
 * RUNNING, every task described whole (a RUNNING one has startedAt, a STOPPED one its stop code, reason and time).
 */
class StepFailuresTest {

    static final java.util.List<String> ROLLING_STEPS = Scheduler.STEPS;
    static final AwsVpcConfiguration NETWORK = AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"), List.of("sg-0123456789abcdef0"),
            AssignPublicIp.DISABLED);
    static final ServiceName BLUE_GREEN = ServiceName.of("bg");
    static final ServiceName EXTERNAL = ServiceName.of("ext");

    @TestFactory
    Stream<DynamicTest> aFailureInsideAnyStep_staysWithItsTaskOrService_andTheRegionEndsAsWithoutIt() {
        // how often the story goes through each step: a later try is injected where there is one
        Injector counting = new Injector("", 0, null);
        Story.told(counting);
        return ROLLING_STEPS.stream().flatMap(step -> {
            int later = counting.seen.getOrDefault(step, 0) >= 3 ? 3 : 1;
            return Stream.of(test(step, 1, () -> new IllegalStateException("injected into " + step)),
                    test(step, later, () -> new StackOverflowError("injected into " + step)));
        });
    }

    private static DynamicTest test(String step, int nth, Supplier<Throwable> failure) {
        return DynamicTest.dynamicTest(step + ", try " + nth + ", " + failure.get().getClass().getSimpleName(), () -> {
            Injector injector = new Injector(step, nth, failure);
            Story story = Story.told(injector);

            assertThat(injector.reached).as("the story goes through " + step).isGreaterThanOrEqualTo(nth);
            assertThat(injector.injected).as("a failure was injected into " + step).isEqualTo(1);
            assertThat(story.failuresContained).as("contained and counted").isGreaterThanOrEqualTo(1);
            story.endsAsWithoutFailures();
        });
    }

    /** The log lines of contained failures, with their stack traces, would bury the build's output: off for this class. */
    private static final java.util.logging.Logger SCHEDULER_LOG = java.util.logging.Logger.getLogger(Scheduler.class.getName());

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        SCHEDULER_LOG.setLevel(java.util.logging.Level.OFF);
    }

    @org.junit.jupiter.api.AfterAll
    static void loud() {
        SCHEDULER_LOG.setLevel(null);
    }

    @org.junit.jupiter.api.Test
    void withoutFailures_theStoryEndsTheSameWay() {
        Story story = Story.told(null);
        assertThat(story.failuresContained).isZero();
        story.endsAsWithoutFailures();
    }

    @org.junit.jupiter.api.Test
    void anEssentialExitWhoseStopFails_isFoundAgain_andTheTaskStopsWithItsExitCode() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        Simulator sim = kit.simulator();
        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        sim.advance(Duration.ofMinutes(2));
        Task first = SimulatedRuntimeTest.tasks(kit, TaskStatus.RUNNING).head();
        sim.exit(io.ecskit.port.out.ContainerMatcher.ofTask(first.taskArn()), Duration.ofSeconds(10), 3);
        Injector injector = new Injector("fail", 1, () -> new IllegalStateException("injected into fail"));
        sim.scheduler().injected = injector;

        sim.advance(Duration.ofMinutes(1));

        assertThat(injector.injected).isEqualTo(1);
        Task stopped = kit.api().tasks().describe(CLUSTER, List.of(first.taskArn())).get().found().head();
        assertThat(stopped.lastStatus()).as("the exit was found again after the failed stop").isEqualTo(TaskStatus.STOPPED);
        assertThat(stopped.containers().head().exitCode()).contains(3);
        assertThat(SimulatedRuntimeTest.service(kit).runningCount()).as("and the service replaced it").isEqualTo(1);
    }

    @org.junit.jupiter.api.Test
    void aRollbackWhoseStepFails_isMadeAtTheNextStep_notAtTheEndOfALongAdvance() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        Simulator sim = kit.simulator();
        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.WITH_ROLLBACK);
        sim.advance(Duration.ofMinutes(2));
        sim.failImagePull(BAD);
        String bad = SimulatedRuntimeTest.redeploy(kit, BAD).primaryDeployment().get().id().value();
        sim.scheduler().injected = new Injector("rollBack", 1, () -> new StackOverflowError("injected into rollBack"));

        sim.advance(Duration.ofHours(2));

        Service service = SimulatedRuntimeTest.service(kit);
        var rollback = service.primaryDeployment().get();
        assertThat(rollback.id().value()).isNotEqualTo(bad);
        assertThat(rollback.taskDefinition().map(Object::toString).get()).endsWith("web:1");
        java.time.Instant trippedAt = service.events().find(e -> e.message().contains("(deployment " + bad + ") deployment failed: tasks"))
                .get().createdAt();
        assertThat(Duration.between(trippedAt, rollback.createdAt().get())).as("made one step after the failed try")
                .isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(service.deployments().filter(d -> d.status() == io.ecskit.domain.service.DeploymentStatus.PRIMARY)).hasSize(1);
    }

    /** Throws on the {@code nth} time {@code step} begins, once. */
    static final class Injector implements java.util.function.Consumer<String> {
        final String step;
        final int nth;
        final Supplier<Throwable> failure;
        int reached;
        int injected;
        final java.util.Map<String, Integer> seen = new java.util.HashMap<>();

        Injector(String step, int nth, Supplier<Throwable> failure) {
            this.step = step;
            this.nth = nth;
            this.failure = failure;
        }

        @Override
        public void accept(String name) {
            seen.merge(name, 1, Integer::sum);
            if (name.equals(step) && ++reached == nth) {
                injected++;
                Throwable t = failure.get();
                if (t instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) t;
            }
        }
    }

    /** The story: deploy, a bad image rolled back by the breaker, a one-off task that exits 4, two quiet hours. */
    record Story(InMemoryEcsKit kit, Task oneOff, long failuresContained) {

        static Story told(Injector injector) {
            InMemoryEcsKit kit = InMemoryEcsKit.create();
            Simulator sim = kit.simulator();
            sim.scheduler().injected = injector;
            SimulatedRuntimeTest.deploy(kit, 3, DeploymentCircuitBreaker.WITH_ROLLBACK);
            // a BLUE_GREEN service (its traffic shift), and an EXTERNAL one whose task set runs its tasks
            DeploymentConfiguration blueGreen = DeploymentConfiguration.builder().strategy(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(5)
                    .minimumHealthyPercent(100).maximumPercent(200).deploymentCircuitBreaker(DeploymentCircuitBreaker.WITH_ROLLBACK).build();
            kit.deploy(DeployService.Command.of(SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD).toBuilder().family("bg").build(),
                    CLUSTER, BLUE_GREEN, 2).withNetwork(NETWORK).withDeploymentConfiguration(blueGreen).withoutWaiting(), DeploymentProgress.Listener.NONE).get();
            kit.api().services().create(ServiceSpec.builder().cluster(CLUSTER).serviceName(EXTERNAL.value()).desiredCount(2)
                    .deploymentController(new DeploymentController(DeploymentControllerType.EXTERNAL)).build()).get();
            kit.api().taskSets().create(TaskSetSpec.builder().service(EXTERNAL.value()).cluster(CLUSTER).taskDefinition(TaskDefinitionRef.of("web:1"))
                    .launchType(LaunchType.FARGATE).networkConfiguration(NetworkConfiguration.awsvpc(NETWORK))
                    .scale(Scale.builder().value(100.0).unit(ScaleUnit.PERCENT).build()).build()).get();
            sim.advance(Duration.ofMinutes(5));
            kit.deploy(DeployService.Command.of(SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD + "-green").toBuilder().family("bg").build(),
                    CLUSTER, BLUE_GREEN, 2).withNetwork(NETWORK).withDeploymentConfiguration(blueGreen).withoutWaiting(), DeploymentProgress.Listener.NONE).get();
            sim.failImagePull(BAD);
            SimulatedRuntimeTest.redeploy(kit, BAD);
            sim.advance(Duration.ofMinutes(30));
            sim.oneOffTasksExit(4, Duration.ofSeconds(30));
            Task oneOff = kit.api().tasks().run(RunTaskSpec.builder().cluster(CLUSTER).taskDefinition(TaskDefinitionRef.of("web:1"))
                    .launchType(LaunchType.FARGATE).networkConfiguration(NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(
                            List.of("subnet-0123456789abcdef0"), List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED)))
                    .build()).get().found().head();
            sim.advance(Duration.ofMinutes(5));
            Task oneOffLater = kit.api().tasks().describe(CLUSTER, List.of(oneOff.taskArn())).get().found().head();
            sim.advance(Duration.ofHours(2));
            // the failure stops: what it held back is tried again
            sim.scheduler().injected = null;
            sim.advance(Duration.ofMinutes(10));
            return new Story(kit, oneOffLater, sim.scheduler().stepFailures);
        }

        void endsAsWithoutFailures() {
            Service service = SimulatedRuntimeTest.service(kit);
            assertThat(service.status()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(service.deployments()).as("one deployment left: the rollback to the first revision").hasSize(1);
            assertThat(service.primaryDeployment().get().rolloutState()).contains(DeploymentRolloutState.COMPLETED);
            assertThat(service.primaryDeployment().get().taskDefinition().map(Object::toString).get()).endsWith("web:1");
            assertThat(service.runningCount()).isEqualTo(3);
            assertThat(service.pendingCount()).isZero();

            Seq<Task> running = SimulatedRuntimeTest.tasks(kit, TaskStatus.RUNNING);
            assertThat(running).hasSize(3);
            assertThat(running).allSatisfy(t -> {
                assertThat(t.lastStatus()).isEqualTo(TaskStatus.RUNNING);
                assertThat(t.startedAt()).as("a RUNNING task says when it started").isNotEmpty();
                assertThat(t.taskDefinitionArn().toString()).endsWith("task-definition/web:1");
            });
            Seq<Task> stopped = SimulatedRuntimeTest.tasks(kit, TaskStatus.STOPPED);
            assertThat(stopped).allSatisfy(t -> {
                assertThat(t.lastStatus()).isEqualTo(TaskStatus.STOPPED);
                assertThat(t.stoppedAt()).isNotEmpty();
                assertThat(t.stopCode()).isNotEmpty();
                assertThat(t.stoppedReason()).isNotEmpty();
            });
            assertThat(oneOff.lastStatus()).as("the one-off task, 5 minutes after it was run").isEqualTo(TaskStatus.STOPPED);
            assertThat(oneOff.containers().head().exitCode()).contains(4);
            Service blueGreen = kit.api().services().describe(CLUSTER, List.of(BLUE_GREEN)).get().found().head();
            assertThat(blueGreen.runningCount()).isEqualTo(2);
            assertThat(blueGreen.deployments()).hasSize(1);
            assertThat(blueGreen.primaryDeployment().get().taskDefinition().map(Object::toString).get()).as("green won").endsWith("bg:2");
            Service external = kit.api().services().describe(CLUSTER, List.of(EXTERNAL)).get().found().head();
            assertThat(external.runningCount()).isEqualTo(2);
            // every call answers
            assertThat(kit.api().services().list(CLUSTER).get()).hasSize(3);
            assertThat(kit.api().tasks().list(CLUSTER, Option.none(), TaskStatus.RUNNING).get()).hasSize(7);
        }
    }
}
