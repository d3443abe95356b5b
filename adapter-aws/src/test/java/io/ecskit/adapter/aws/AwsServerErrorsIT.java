package io.ecskit.adapter.aws;

import io.ecskit.adapter.aws.testing.FakeAws;
import io.ecskit.adapter.aws.testing.FaultProxy;
import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.adapter.aws.testing.MotoServer;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, 5xx and lost answers: retried where a repeat is safe, never where it is not
 * ({@link Idempotency}), over real HTTP (the SDK is never mocked): against a canned 5xx
 * ({@link FakeAws}), and against moto through {@link FaultProxy}.
 */
class AwsServerErrorsIT {

    /** Three attempts at most, no throttling budget: a retried 5xx is asked for exactly three times. */
    private static AwsEcsKit kit(FakeAws aws) {
        return AwsEcsKit.builder().region("us-east-1").endpointOverride(aws.endpoint()).credentials(MotoNetwork.CREDENTIALS)
                .accountId("123456789012").maxAttempts(3).throttlingBudget(Duration.ZERO).build();
    }

    private static Function<AwsEcsKit, Either<EcsError, ?>> call(String operation) {
        ClusterName cluster = new ClusterName("apps");
        LogGroupName group = new LogGroupName("/apps");
        return switch (operation) {
            case "DescribeClusters" -> kit -> kit.api().clusters().describe(cluster);
            case "CreateCluster" -> kit -> kit.api().clusters().create(io.ecskit.domain.cluster.ClusterSpec.named(cluster));
            case "DeleteService" -> kit -> kit.api().services().delete(cluster, new ServiceName("web"), true);
            case "UpdateService desiredCount" -> kit -> kit.api().services().update(ServiceUpdate.builder().cluster(cluster)
                    .service(new ServiceName("web")).desiredCount(0).build());
            case "UpdateService taskDefinition" -> kit -> kit.api().services().update(ServiceUpdate.builder().cluster(cluster)
                    .service(new ServiceName("web")).taskDefinition(TaskDefinitionRef.of("web", 2)).build());
            case "RegisterTaskDefinition" -> kit -> kit.api().taskDefinitions().register(AwsKilledAtAnyStepIT.definition(AwsKilledAtAnyStepIT.V1));
            case "PutLogEvents" -> kit -> kit.api().logs().putEvents(group, new LogStreamName("web/1"),
                    List.of(new LogEvent(Instant.parse("2026-01-01T00:00:00Z"), "line", new LogStreamName("web/1"))));
            case "CreateLogGroup" -> kit -> kit.api().logs().createGroup(group, Option.none());
            case "DeleteRepository" -> kit -> kit.api().imageRepositories().delete(new io.ecskit.domain.ecr.RepositoryName("apps"), true);
            default -> throw new IllegalArgumentException(operation);
        };
    }

    @ParameterizedTest(name = "{0} answered {1} {2}: {3}, {4} request(s)")
    @CsvSource(delimiter = '|', textBlock = """
            DescribeClusters             | 500 | InternalFailure    | Unavailable    | 3
            DescribeClusters             | 503 | ServiceUnavailable | Unavailable    | 3
            CreateCluster                | 500 | InternalFailure    | Unavailable    | 3
            DeleteService                | 500 | ServerException    | Unavailable    | 3
            UpdateService desiredCount   | 503 | ServiceUnavailable | Unavailable    | 3
            CreateLogGroup               | 500 | InternalFailure    | Unavailable    | 3
            DeleteRepository             | 500 | ServerException    | Unavailable    | 3
            UpdateService taskDefinition | 500 | InternalFailure    | OutcomeUnknown | 1
            RegisterTaskDefinition       | 500 | InternalFailure    | OutcomeUnknown | 1
            RegisterTaskDefinition       | 503 | ServiceUnavailable | OutcomeUnknown | 1
            PutLogEvents                 | 503 | ServiceUnavailable | OutcomeUnknown | 1
            """)
    void aServerError_isRetried_onlyWhereARepeatIsSafe(String operation, int status, String code, String record, int requests)
            throws IOException {
        try (FakeAws aws = FakeAws.failing(status, code, "what AWS said");
             AwsEcsKit kit = kit(aws)) {

            EcsError error = call(operation).apply(kit).getLeft();

            assertThat(error.getClass().getSimpleName()).isEqualTo(record);
            assertThat(error.requestId()).contains("req-" + code);
            assertThat(aws.requests()).isEqualTo(requests);
            assertThat(kit.calls().calls()).singleElement().satisfies(c -> {
                assertThat(c.attempts()).isEqualTo(requests);
                assertThat(c.errorCode()).isEqualTo(code);
            });
            if (error instanceof EcsError.OutcomeUnknown unknown) {
                String op = operation.split(" ")[0];
                assertThat(unknown.operation()).isEqualTo(op);
                assertThat(unknown.code()).isEqualTo(code);
                assertThat(unknown.isRetryable()).isFalse();
                assertThat(unknown.message()).isEqualTo(op + " may have been carried out: HTTP " + status + " " + code
                        + ": what AWS said. It was not sent again (a repeat is not safe); read the state before asking again");
            } else {
                assertThat(error.message()).isEqualTo("what AWS said");
            }
        }
    }

    @Test
    void aLostAnswer_toARead_isAskedAgain_withinTheSameCall() throws Exception {
        try (MotoBackend backend = new MotoBackend(); FaultProxy proxy = new FaultProxy(MotoServer.get().endpoint());
             AwsEcsKit kit = AwsKilledAtAnyStepIT.through(proxy)) {
            proxy.dropAfterDelivery("DescribeClusters", 1);

            var described = kit.api().clusters().describe(new ClusterName("none"));

            assertThat(described).isEqualTo(Either.right(Option.none()));
            assertThat(proxy.forwarded("DescribeClusters")).isEqualTo(2);
            assertThat(proxy.dropped("DescribeClusters")).isEqualTo(1);
            assertThat(kit.calls().calls()).singleElement().satisfies(c -> {
                assertThat(c.attempts()).isEqualTo(2);
                assertThat(c.succeeded()).isTrue();
            });
        }
    }

    @Test
    void aLostAnswer_toRegisterTaskDefinition_isOutcomeUnknown_notSentAgain_andTheRevisionIsThere() throws Exception {
        try (MotoBackend backend = new MotoBackend(); FaultProxy proxy = new FaultProxy(MotoServer.get().endpoint());
             AwsEcsKit kit = AwsKilledAtAnyStepIT.through(proxy)) {
            proxy.dropAfterDelivery("RegisterTaskDefinition", 1);

            var registered = kit.api().taskDefinitions().register(AwsKilledAtAnyStepIT.definition(AwsKilledAtAnyStepIT.V1));

            assertThat(registered.getLeft()).isInstanceOfSatisfying(EcsError.OutcomeUnknown.class, unknown -> {
                assertThat(unknown.operation()).isEqualTo("RegisterTaskDefinition");
                assertThat(unknown.code()).isEqualTo("NoHttpResponseException");
                assertThat(unknown.message()).startsWith("RegisterTaskDefinition may have been carried out: ")
                        .endsWith("It was not sent again (a repeat is not safe); read the state before asking again");
            });
            assertThat(proxy.received("RegisterTaskDefinition")).isEqualTo(1);
            assertThat(kit.calls().calls().single().attempts()).isEqualTo(1);
            // moto carried it out: the state is what to read
            assertThat(backend.awsKit().api().taskDefinitions().list(Option.of("web"), TaskDefinitionStatus.ACTIVE).get()).hasSize(1);
        }
    }

    /**
     * Issue 15: 30% of all requests answered 500 InternalFailure or 503 ServiceUnavailable (seeded), and
     * the first RegisterTaskDefinition answered 500 for certain: a deploy and a clean-up converge,
     * creating nothing twice; the reads and the writes safe to repeat were retried within their calls,
     * RegisterTaskDefinition never was (the deploy read the family back, found no new revision, and
     * registered in a new call).
     */
    @Test
    void aThirdOfAllRequestsAnswered5xx_aDeployAndACleanUpConverge_creatingNothingTwice() throws Exception {
        long began = System.nanoTime();
        try (MotoBackend backend = new MotoBackend(); FaultProxy proxy = new FaultProxy(MotoServer.get().endpoint());
             AwsEcsKit kit = AwsKilledAtAnyStepIT.through(proxy)) {
            proxy.failShare(0.3, 3L);
            proxy.fail("RegisterTaskDefinition", 1, 500);

            var deployed = kit.deploy(AwsKilledAtAnyStepIT.deploy(backend, AwsKilledAtAnyStepIT.V1), DeploymentProgress.Listener.NONE);
            assertThat(deployed.isRight()).as("%s; %s", deployed, proxy.log()).isTrue();
            var cleaned = kit.cleanUp(AwsKilledAtAnyStepIT.cleanUp(), DeploymentProgress.Listener.NONE);
            assertThat(cleaned.isRight()).as("%s; %s", cleaned, proxy.log()).isTrue();

            // nothing twice: a 5xx never reaches moto, and every write reached it once
            for (String write : List.of("CreateCluster", "CreateLogGroup", "RegisterTaskDefinition", "CreateService", "UpdateService",
                    "DeleteService", "DeleteCluster", "DeregisterTaskDefinition", "DeleteLogGroup")) {
                assertThat(proxy.forwarded(write)).as(write).isEqualTo(1);
            }
            AwsKilledAtAnyStepIT.assertConverged(AwsKilledAtAnyStepIT.Scenario.CLEAN_UP, backend.awsKit());

            // not repeated: each RegisterTaskDefinition request is a call of its own, of one attempt
            Seq<ApiCall> registers = kit.calls().calls().filter(c -> c.operation().equals("RegisterTaskDefinition"));
            assertThat(proxy.failed("RegisterTaskDefinition")).isGreaterThanOrEqualTo(1);
            assertThat(registers.map(ApiCall::attempts)).containsOnly(1);
            assertThat(registers.size()).isEqualTo(proxy.received("RegisterTaskDefinition"));
            assertThat(registers.last().succeeded()).isTrue();

            // retried: every other failed request was asked again within its call, and every attempt is counted
            Seq<ApiCall> others = kit.calls().calls().filter(c -> !c.operation().equals("RegisterTaskDefinition"));
            int retried = others.map(c -> c.attempts() - 1).sum().intValue();
            int notRetried = proxy.failed("RegisterTaskDefinition");
            assertThat(retried + notRetried).isEqualTo(proxy.failedTotal());
            assertThat(kit.calls().calls().map(ApiCall::attempts).sum().intValue()).isEqualTo(proxy.received());
            assertThat(proxy.failedTotal()).isBetween(proxy.received() / 6, proxy.received() / 2);
            System.err.printf("30%% 5xx: deploy + clean-up converged; %d of %d requests answered 5xx: %d retried within their call, "
                            + "%d (RegisterTaskDefinition) not retried; %d calls, %.1f s%n",
                    proxy.failedTotal(), proxy.received(), retried, notRetried, kit.calls().calls().size(),
                    (System.nanoTime() - began) / 1e9);
        }
    }
}
