package io.ecskit.adapter.aws;

import io.ecskit.adapter.aws.testing.FaultProxy;
import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.adapter.aws.testing.MotoServer;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.EcsKit;
import io.ecskit.port.in.CleanUp;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, killed at any step, on AWS (moto over HTTP): for every write request a deploy, a
 * redeploy of a changed definition, and a clean-up make, the connection is dropped right after
 * that request reached moto (moto carried it out, the kit never hears). The kit retries what is
 * safe to repeat and reads the state after what is not; then the same command is run again with a
 * fresh kit, as a restarted process would, and the state has converged: one cluster, one service,
 * one revision per distinct definition, the log group once, nothing left after a clean-up, and
 * every write reached moto once, plus once more only for the dropped request when it is safe to
 * repeat. The model is {@code KilledAtAnyStepTest} (in memory, {@code Simulator.killAfterCalls}).
 */
class AwsKilledAtAnyStepIT {

    enum Scenario { FIRST_DEPLOY, REDEPLOY, CLEAN_UP }

    static final ClusterName CLUSTER = new ClusterName("kill");
    static final ServiceName SERVICE = new ServiceName("web");
    static final LogGroupName LOG_GROUP = new LogGroupName("/ecs/web");
    static final String V1 = "public.ecr.aws/docker/library/httpd:2.4";
    static final String V2 = "public.ecr.aws/docker/library/httpd:2.4.62";

    static TaskDefinition definition(String image) {
        return TaskDefinition.builder().family("web").requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .containerDefinitions(List.of(ContainerDefinition.builder().name("web").image(image)
                        .portMappings(List.of(PortMapping.tcp(80)))
                        .logConfiguration(LogConfiguration.awslogs(LOG_GROUP.value(), MotoServer.REGION, "api"))
                        .build()))
                .build();
    }

    /** moto starts no tasks (TASK_LIFECYCLE), so the deploy is not followed to an outcome. */
    static DeployService.Command deploy(MotoBackend backend, String image) {
        return DeployService.Command.of(definition(image), CLUSTER, SERVICE, 1)
                .withNetwork(AwsVpcConfiguration.of(backend.subnets(), backend.securityGroups(), AssignPublicIp.DISABLED))
                .withoutWaiting();
    }

    static CleanUp.Command cleanUp() {
        return CleanUp.Command.cluster(CLUSTER).deregisterFamily("web").deleteLogGroups(List.of(LOG_GROUP));
    }

    /** What was there before the run that is interrupted (made straight on moto). */
    static void prepare(Scenario scenario, MotoBackend backend) {
        if (scenario != Scenario.FIRST_DEPLOY) {
            backend.awsKit().deploy(deploy(backend, V1), DeploymentProgress.Listener.NONE).get();
        }
    }

    static Either<EcsError, ?> run(Scenario scenario, EcsKit kit, MotoBackend backend) {
        return switch (scenario) {
            case FIRST_DEPLOY -> kit.deploy(deploy(backend, V1), DeploymentProgress.Listener.NONE);
            case REDEPLOY -> kit.deploy(deploy(backend, V2), DeploymentProgress.Listener.NONE);
            case CLEAN_UP -> kit.cleanUp(cleanUp(), DeploymentProgress.Listener.NONE);
        };
    }

    static boolean isWrite(String operation) {
        return !(operation.startsWith("Describe") || operation.startsWith("List") || operation.startsWith("Get"));
    }

    /** The kit does not send these again after a lost answer (it reads the state instead); every other write here it does. */
    static boolean notSafeToRepeat(Scenario scenario, String operation) {
        return operation.equals("RegisterTaskDefinition") || scenario == Scenario.REDEPLOY && operation.equals("UpdateService");
    }

    static AwsEcsKit through(FaultProxy proxy) {
        return AwsEcsKit.builder().region(MotoServer.REGION).endpointOverride(proxy.endpoint())
                .credentials(MotoNetwork.CREDENTIALS).accountId(MotoServer.ACCOUNT).build();
    }

    static FaultProxy proxy() {
        try {
            return new FaultProxy(MotoServer.get().endpoint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes that reached moto, by operation. */
    static Map<String, Long> writesOf(java.util.List<FaultProxy.Entry> log) {
        return log.stream().filter(e -> isWrite(e.operation()) && e.outcome().reachedBackend())
                .collect(Collectors.groupingBy(FaultProxy.Entry::operation, TreeMap::new, Collectors.counting()));
    }

    private static final Map<Scenario, Map<String, Long>> NORMAL = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Every write request of an uninterrupted run of each scenario, by its number in the proxy's log;
     * and the writes of that run and a re-run, the baseline an interrupted run and its re-run are held to.
     */
    static Stream<Arguments> everyWrite() {
        java.util.List<Arguments> cases = new java.util.ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            try (MotoBackend backend = new MotoBackend(); FaultProxy proxy = proxy(); AwsEcsKit kit = through(proxy)) {
                prepare(scenario, backend);
                var normal = run(scenario, kit, backend);
                assertThat(normal.isRight()).as("%s uninterrupted: %s", scenario, normal).isTrue();
                proxy.log().stream().filter(e -> isWrite(e.operation()))
                        .forEach(e -> cases.add(Arguments.of(scenario, e.number(), e.operation())));
                try (AwsEcsKit fresh = through(proxy)) {
                    assertThat(run(scenario, fresh, backend).isRight()).isTrue();
                }
                NORMAL.put(scenario, writesOf(proxy.log()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: the answer to request {1} ({2}) is lost")
    @MethodSource("everyWrite")
    void aRunWhoseAnswerIsLostAfterAnyWrite_converges_andARerunChangesNothingMore(Scenario scenario, int number, String operation) {
        try (MotoBackend backend = new MotoBackend(); FaultProxy proxy = proxy()) {
            prepare(scenario, backend);
            proxy.dropAfterDelivery(number);

            Either<EcsError, ?> first;
            io.vavr.collection.Seq<ApiCall> calls;
            try (AwsEcsKit kit = through(proxy)) {
                first = run(scenario, kit, backend);
                calls = kit.calls().calls().filter(c -> c.operation().equals(operation));
            }
            int sent = proxy.received(operation);
            FaultProxy.Entry dropped = proxy.log().get(number - 1);
            assertThat(dropped.operation()).as("the run makes the same requests up to the dropped one").isEqualTo(operation);
            assertThat(dropped.outcome()).isEqualTo(FaultProxy.Outcome.DROPPED_AFTER_DELIVERY);
            // a lost answer does not fail the run: a write safe to repeat is retried, the others read back
            assertThat(first.isRight()).as("first run: %s; proxy log %s", first, proxy.log()).isTrue();
            // every attempt is counted; the lost answer was asked for again within its call, or (not safe) not at all
            assertThat(calls.map(ApiCall::attempts).sum().intValue()).isEqualTo(sent);
            if (notSafeToRepeat(scenario, operation)) {
                assertThat(calls.head().attempts()).isEqualTo(1);
                assertThat(calls.head().succeeded()).isFalse();
            } else {
                assertThat(calls.map(ApiCall::attempts)).contains(2);
            }

            Either<EcsError, ?> again;
            try (AwsEcsKit kit = through(proxy)) {
                again = run(scenario, kit, backend);
            }
            assertThat(again.isRight()).as("re-run: %s", again).isTrue();

            assertConverged(scenario, backend.awsKit());
            // every write reached moto as often as in an uninterrupted run, the dropped one once more
            // when the kit sent it again; the re-run wrote nothing
            Map<String, Long> expected = new TreeMap<>(NORMAL.get(scenario));
            if (!notSafeToRepeat(scenario, operation)) {
                expected.merge(operation, 1L, Long::sum);
            }
            assertThat(writesOf(proxy.log())).as("proxy log %s", proxy.log()).isEqualTo(expected);
            if (notSafeToRepeat(scenario, operation)) {
                // not sent again by the SDK: one attempt, then the kit read the state
                assertThat(proxy.received(operation)).isEqualTo(NORMAL.get(scenario).get(operation).intValue());
            }
        }
    }

    static void assertConverged(Scenario scenario, AwsEcsKit kit) {
        switch (scenario) {
            case FIRST_DEPLOY, REDEPLOY -> {
                String image = scenario == Scenario.FIRST_DEPLOY ? V1 : V2;
                int revisions = scenario == Scenario.FIRST_DEPLOY ? 1 : 2;
                assertThat(kit.api().clusters().list().get()).hasSize(1);
                assertThat(kit.api().clusters().describe(CLUSTER).get().get().status()).isEqualTo(ClusterStatus.ACTIVE);
                assertThat(kit.api().services().list(CLUSTER).get()).hasSize(1);
                assertThat(kit.api().taskDefinitions().list(Option.of("web"), TaskDefinitionStatus.ACTIVE).get()).hasSize(revisions);
                Service service = kit.api().services().describe(CLUSTER, List.of(SERVICE)).get().found().single();
                assertThat(service.taskDefinition().flatMap(TaskDefinitionRef::revision)).contains(revisions);
                assertThat(service.desiredCount()).isEqualTo(1);
                assertThat(kit.api().taskDefinitions().describe(TaskDefinitionRef.of("web", revisions)).get().get()
                        .definition().containerDefinitions().single().image()).contains(image);
                assertThat(kit.api().logs().describeGroup(LOG_GROUP).get()).isNotEmpty();
            }
            case CLEAN_UP -> {
                // moto lists deleted clusters (INACTIVE_CLUSTERS): the status says it is gone
                assertThat(kit.api().clusters().describe(CLUSTER).get().forAll(c -> c.status() == ClusterStatus.INACTIVE)).isTrue();
                // moto's ListServices still names the INACTIVE service of a deleted cluster: its status says it is gone
                assertThat(kit.api().services().describe(CLUSTER, List.of(SERVICE)).map(d -> d.found().forAll(s -> s.status() == ServiceStatus.INACTIVE))
                        .getOrElse(true)).isTrue();
                assertThat(kit.api().taskDefinitions().list(Option.of("web"), TaskDefinitionStatus.ACTIVE).get()).isEmpty();
                assertThat(kit.api().taskDefinitions().list(Option.of("web"), TaskDefinitionStatus.INACTIVE).get()).hasSize(1);
                assertThat(kit.api().logs().describeGroup(LOG_GROUP).get()).isEmpty();
            }
        }
    }
}
