package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.NetworkConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static io.ecskit.adapter.inmemory.Properties.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Issue 15, stateful properties: the in-memory backend under random sequences of port calls (clusters
 * created and deleted, revisions registered and deregistered, services created, scaled and deleted,
 * time passing) never throws, answers only typed errors ({@code EcsError} records ecskit knows, never
 * {@code Other}), and keeps ECS's invariants after every call: revisions increase per family and are
 * never reused; a service's runningCount is the number of its tasks in RUNNING; an INACTIVE or DRAINING
 * service accepts no UpdateService; an INACTIVE (deleted) cluster accepts no CreateService.
 */
class RandomCallSequencesPropertiesTest {

    static final List<String> CLUSTERS = List.of("blue", "green");
    static final List<String> SERVICES = List.of("web", "api");
    static final List<String> FAMILIES = List.of("web", "worker");
    static final NetworkConfiguration NETWORK = NetworkConfiguration.awsvpc(AwsVpcConfiguration.of(
            List.of("subnet-0123456789abcdef0"), List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED));

    /** The backend and what the test saw it answer. */
    static final class World {
        final InMemoryEcsKit kit = InMemoryEcsKit.create();
        final Map<String, Integer> highestRevision = new HashMap<>();
        final Set<String> revisionsSeen = new HashSet<>();
        int calls;
        int refusals;
        int servicesCreated;
        int inactiveUpdatesRefused;
        int inactiveClusterCreatesRefused;
        long tasksSeenRunning;

        World() {
            // the definitions' awslogs group: without it every task would fail to start (ResourceInitializationError)
            kit.api().logs().createGroup(new io.ecskit.domain.logs.LogGroupName("/ecs/web"), Option.none()).get();
        }

        <T> Either<EcsError, T> answered(Either<EcsError, T> answer) {
            calls++;
            assertThat(answer).as("an answer, never null").isNotNull();
            if (answer.isLeft()) {
                refusals++;
                assertThat(answer.getLeft()).as("a typed error").isNotInstanceOf(EcsError.Other.class);
                assertThat(answer.getLeft().message()).as("a message").isNotBlank();
            }
            return answer;
        }

        Option<ClusterStatus> cluster(String name) {
            return kit.api().clusters().describe(ClusterName.of(name)).get().map(c -> c.status());
        }

        Option<Service> service(String cluster, String name) {
            return kit.api().services().describe(ClusterName.of(cluster), List.of(ServiceName.of(name)))
                    .fold(error -> Option.<Service>none(), found -> found.found().headOption());
        }

        @Override
        public String toString() {
            return calls + " calls, " + refusals + " refused";
        }
    }

    /** One port call of a sequence; its text is what a falsified sequence prints. */
    interface Call {
        void apply(World w);
    }

    record Named(String text, java.util.function.Consumer<World> action) implements Call {
        @Override
        public void apply(World w) {
            action.accept(w);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static Gen<Call> calls() {
        Gen<String> clusters = Generate.pick(CLUSTERS.asJava());
        Gen<String> services = Generate.pick(SERVICES.asJava());
        Gen<String> families = Generate.pick(FAMILIES.asJava());
        return Generate.frequency(java.util.List.<Pair<Integer, Gen<Call>>>of(
                Pair.of(2, clusters.map(name -> call("CreateCluster " + name,
                        w -> w.answered(w.kit.api().clusters().create(ClusterSpec.named(ClusterName.of(name))))))),
                Pair.of(1, clusters.map(name -> call("DeleteCluster " + name,
                        w -> w.answered(w.kit.api().clusters().delete(ClusterName.of(name)))))),
                Pair.of(3, families.zip(integers().between(0, 2), (family, variant) -> call("RegisterTaskDefinition " + family + " v" + variant,
                        w -> register(w, family, variant)))),
                Pair.of(1, families.zip(integers().between(1, 4), (family, revision) -> call("DeregisterTaskDefinition " + family + ":" + revision,
                        w -> w.answered(w.kit.api().taskDefinitions().deregister(TaskDefinitionRef.of(family, revision)))))),
                Pair.of(3, clusters.zip(services, families, integers().between(0, 3), (cluster, service, family, desired) -> call(
                        "CreateService " + cluster + "/" + service + " " + family + " x" + desired,
                        w -> createService(w, cluster, service, family, desired)))),
                Pair.of(3, clusters.zip(services, integers().between(0, 3), (cluster, service, desired) -> call(
                        "UpdateService " + cluster + "/" + service + " x" + desired, w -> updateService(w, cluster, service, desired)))),
                Pair.of(1, clusters.zip(services, (cluster, service) -> call("DeleteService " + cluster + "/" + service,
                        w -> w.answered(w.kit.api().services().delete(ClusterName.of(cluster), ServiceName.of(service), true))))),
                Pair.of(2, integers().between(1, 600).map(seconds -> call("advance " + seconds + "s",
                        w -> w.kit.simulator().advance(Duration.ofSeconds(seconds)))))));
    }

    private static Call call(String text, java.util.function.Consumer<World> action) {
        return new Named(text, action);
    }

    @Test
    void randomCallSequences_neverThrow_answerTypedErrors_andKeepTheInvariants() {
        int tries = 200;
        int[] createdAService = {0};
        int[] sawTasksRunning = {0};
        int[] deletedServiceUpdateRefused = {0};
        int[] deletedClusterCreateRefused = {0};
        qt(tries).forAll(lists().of(calls()).ofSizeBetween(10, 40)).checkAssert(sequence -> {
            World w = new World();
            for (Call call : sequence) {
                call.apply(w);
                revisionsNeverReused(w);
                countsMatchTasks(w);
            }
            createdAService[0] += w.servicesCreated > 0 ? 1 : 0;
            sawTasksRunning[0] += w.tasksSeenRunning > 0 ? 1 : 0;
            deletedServiceUpdateRefused[0] += w.inactiveUpdatesRefused > 0 ? 1 : 0;
            deletedClusterCreateRefused[0] += w.inactiveClusterCreatesRefused > 0 ? 1 : 0;
        });
        // the sequences reach the states the invariants are about, not only refusals of empty worlds
        assertThat(createdAService[0] * 100 / tries).as("percent of sequences that created a service").isGreaterThan(50);
        assertThat(sawTasksRunning[0] * 100 / tries).as("percent of sequences that saw tasks RUNNING").isGreaterThan(30);
        assertThat(deletedServiceUpdateRefused[0]).as("sequences where an update of a deleted service was refused").isGreaterThan(2);
        assertThat(deletedClusterCreateRefused[0]).as("sequences where a create in a deleted cluster was refused").isGreaterThan(2);
    }

    private static void register(World w, String family, int variant) {
        var definition = SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD + "-" + variant).toBuilder().family(family).build();
        w.answered(w.kit.api().taskDefinitions().register(definition)).forEach(registered -> {
            int before = w.highestRevision.getOrDefault(family, 0);
            assertThat(registered.revision()).as("%s's new revision", family).isEqualTo(before + 1);
            assertThat(w.revisionsSeen.add(registered.taskDefinitionArn().toString())).as("revision reused").isTrue();
            w.highestRevision.put(family, registered.revision());
        });
    }

    private static void createService(World w, String cluster, String service, String family, int desired) {
        Option<ClusterStatus> status = w.cluster(cluster);
        var answer = w.answered(w.kit.api().services().create(ServiceSpec.builder().cluster(ClusterName.of(cluster)).serviceName(service)
                .taskDefinition(TaskDefinitionRef.latest(family)).desiredCount(desired).launchType(LaunchType.FARGATE)
                .networkConfiguration(NETWORK).build()));
        answer.forEach(created -> w.servicesCreated++);
        if (status.contains(ClusterStatus.INACTIVE) && answer.isLeft()) {
            w.inactiveClusterCreatesRefused++;
        }
        if (!status.contains(ClusterStatus.ACTIVE)) {
            assertThat(answer.isLeft()).as("CreateService in a cluster that is %s", status).isTrue();
            assertThat(answer.getLeft()).isInstanceOfAny(EcsError.ClusterNotFound.class, EcsError.InvalidParameter.class,
                    EcsError.ClientError.class);
        }
    }

    private static void updateService(World w, String cluster, String service, int desired) {
        Option<ServiceStatus> before = w.service(cluster, service).map(Service::status);
        var answer = w.answered(w.kit.api().services().update(ServiceUpdate.builder().cluster(ClusterName.of(cluster))
                .service(ServiceName.of(service)).desiredCount(desired).build()));
        if (before.exists(s -> s != ServiceStatus.ACTIVE)) {
            w.inactiveUpdatesRefused += answer.isLeft() ? 1 : 0;
            assertThat(answer.isLeft()).as("UpdateService of a %s service", before.get()).isTrue();
            assertThat(answer.getLeft()).isInstanceOfAny(EcsError.ServiceNotActive.class, EcsError.ServiceNotFound.class,
                    EcsError.ClusterNotFound.class);
        }
    }

    static void revisionsNeverReused(World w) {
        for (String family : FAMILIES) {
            Seq<Integer> revisions = List.of(TaskDefinitionStatus.ACTIVE, TaskDefinitionStatus.INACTIVE)
                    .flatMap(status -> w.kit.api().taskDefinitions().list(Option.of(family), status).get())
                    .map(TaskDefinitionArn::revision);
            assertThat(revisions.distinct().size()).as("%s's revisions %s", family, revisions).isEqualTo(revisions.size());
            assertThat(revisions.max().getOrElse(0)).as("%s's highest revision", family)
                    .isEqualTo(w.highestRevision.getOrDefault(family, 0));
            assertThat(revisions.size()).as("%s: every revision 1..n is kept", family).isEqualTo(w.highestRevision.getOrDefault(family, 0));
        }
    }

    static void countsMatchTasks(World w) {
        for (String cluster : CLUSTERS) {
            for (String name : SERVICES) {
                w.service(cluster, name).filter(s -> s.status() == ServiceStatus.ACTIVE).forEach(service -> {
                    ClusterName c = ClusterName.of(cluster);
                    Seq<io.ecskit.domain.arn.TaskArn> arns = List.of(TaskStatus.RUNNING, TaskStatus.STOPPED)
                            .flatMap(desired -> w.kit.api().tasks().list(c, Option.of(ServiceName.of(name)), desired).get());
                    long running = arns.isEmpty() ? 0 : w.kit.api().tasks().describe(c, arns).get().found()
                            .count(t -> t.lastStatus() == TaskStatus.RUNNING);
                    w.tasksSeenRunning += running;
                    assertThat(service.runningCount()).as("%s/%s runningCount", cluster, name).isEqualTo((int) running);
                });
            }
        }
    }
}
