package io.ecskit.adapter.aws;

import io.ecskit.adapter.aws.testing.FakeAws;
import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.logs.LogGroupName;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error table of {@link AwsErrors}, row by row, over real HTTP: each AWS error code becomes its
 * EcsError record with AWS's message and request id, whichever of the three services sent it.
 */
class AwsErrorsIT {

    @ParameterizedTest(name = "{1} from {0} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ECS  | ClientException                            | 400 | ClientError                       | 1
            ECS  | InvalidParameterException                  | 400 | InvalidParameter                  | 1
            ECS  | ClusterNotFoundException                   | 400 | ClusterNotFound                   | 1
            ECS  | ServiceNotFoundException                   | 400 | ServiceNotFound                   | 1
            ECS  | ServiceNotActiveException                  | 400 | ServiceNotActive                  | 1
            ECS  | ClusterContainsServicesException           | 400 | ClusterContainsServices           | 1
            ECS  | ClusterContainsTasksException              | 400 | ClusterContainsTasks              | 1
            ECS  | ClusterContainsContainerInstancesException | 400 | ClusterContainsContainerInstances | 1
            ECS  | AccessDeniedException                      | 400 | AccessDenied                      | 1
            ECS  | ThrottlingException                        | 400 | Throttled                         | 3
            ECS  | ServerException                            | 500 | Unavailable                       | 3
            ECS  | SomethingNewException                      | 400 | Other                             | 1
            ECR  | RepositoryAlreadyExistsException           | 400 | RepositoryAlreadyExists           | 1
            ECR  | RepositoryNotFoundException                | 400 | RepositoryNotFound                | 1
            ECR  | RepositoryNotEmptyException                | 400 | RepositoryNotEmpty                | 1
            ECR  | ImageTagAlreadyExistsException             | 400 | ImageTagAlreadyExists             | 1
            ECR  | ImageNotFoundException                     | 400 | ImageNotFound                     | 1
            ECR  | InvalidParameterException                  | 400 | InvalidParameter                  | 1
            Logs | ResourceAlreadyExistsException             | 400 | ResourceAlreadyExists             | 1
            Logs | ResourceNotFoundException                  | 400 | ResourceNotFound                  | 1
            Logs | InvalidParameterException                  | 400 | InvalidParameter                  | 1
            Logs | ServiceUnavailableException                | 500 | Unavailable                       | 3
            """)
    void anyCall_whenAwsAnswersWithAnError_isItsRecordWithMessageAndRequestId(
            String service, String code, int status, String record, int attempts) throws IOException {
        try (FakeAws aws = FakeAws.failing(status, code, "what AWS said");
             AwsEcsKit kit = kit(aws)) {

            EcsError error = callOn(service).apply(kit).getLeft();

            assertThat(error.getClass().getSimpleName()).isEqualTo(record);
            assertThat(error.message()).isEqualTo("what AWS said");
            assertThat(error.requestId()).contains("req-" + code);
            assertThat(aws.requests()).isEqualTo(attempts);
            assertThat(kit.calls().calls()).singleElement().satisfies(call -> {
                assertThat(call.errorCode()).contains(code);
                assertThat(call.attempts()).isEqualTo(attempts);
                // what AWS support asks for, recorded and logged (AwsCallLog, logger io.ecskit.aws)
                assertThat(call.requestId()).contains("req-" + code);
                assertThat(AwsCallLog.line(call)).startsWith(call.service() + " " + call.operation() + ": " + code + ", "
                        + attempts + (attempts == 1 ? " attempt, " : " attempts, ")).endsWith(", request id req-" + code);
            });
        }
    }

    @Test
    void anyCall_whenTheCodeIsUnknown_isOtherKeepingAwsCode() throws IOException {
        try (FakeAws aws = FakeAws.failing(400, "SomethingNewException", "new in 2027");
             AwsEcsKit kit = kit(aws)) {

            assertThat(kit.api().clusters().delete(new ClusterName("apps")).getLeft())
                    .isEqualTo(new EcsError.Other("SomethingNewException", "new in 2027", Option.of("req-SomethingNewException")));
        }
    }

    @Test
    void anyCall_withoutCredentials_isNoCredentials_inOneLine_andSendsNothing() throws IOException {
        try (FakeAws aws = FakeAws.failing(500, "ServerException", "never reached");
             AwsEcsKit kit = AwsEcsKit.builder().region("us-east-1").endpointOverride(aws.endpoint()).accountId("123456789012")
                     .credentials(software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain.builder()
                             .credentialsProviders(software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider.create())
                             .build())
                     .build()) {
            org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null, "credentials in the environment");

            EcsError error = kit.api().clusters().delete(new ClusterName("apps")).getLeft();

            assertThat(error).isInstanceOf(EcsError.NoCredentials.class);
            assertThat(error.code()).isEqualTo("NoCredentialsError");
            assertThat(error.message()).startsWith("Unable to locate credentials").doesNotContain("\n").hasSizeLessThan(200);
            assertThat(aws.requests()).isZero();
        }
    }

    @Test
    void anyCall_whenNothingListens_isEndpointUnreachable_notTheRetryableUnavailable() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (AwsEcsKit kit = AwsEcsKit.builder().region("us-east-1").endpointOverride(java.net.URI.create("http://127.0.0.1:" + closedPort))
                .credentials(MotoNetwork.CREDENTIALS).accountId("123456789012").maxAttempts(1).build()) {

            EcsError error = kit.api().clusters().delete(new ClusterName("apps")).getLeft();

            assertThat(error).isInstanceOf(EcsError.EndpointUnreachable.class);
            assertThat(error.message()).startsWith("Could not connect to the endpoint URL").contains("127.0.0.1:" + closedPort);
        }
    }

    @Test
    void anyCall_toAHostThatDoesNotResolve_isEndpointUnreachable_namingTheHost() {
        try (AwsEcsKit kit = AwsEcsKit.builder().region("us-east-1").endpointOverride(java.net.URI.create("http://ecs.nonexistent.invalid"))
                .credentials(MotoNetwork.CREDENTIALS).accountId("123456789012").maxAttempts(1).build()) {

            EcsError error = kit.api().clusters().delete(new ClusterName("apps")).getLeft();

            assertThat(error).isInstanceOf(EcsError.EndpointUnreachable.class);
            assertThat(error.message()).contains("unknown host").contains("ecs.nonexistent.invalid");
        }
    }

    @Test
    void plainHttpRegistry_isRefused_forARegistryOffThisMachine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AwsEcsKit.builder().region("us-east-1")
                        .registryEndpoint("registry.example.com:5000").plainHttpRegistry(true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registry.example.com:5000");
    }

    @Test
    void aCallPastItsDeadline_isDeadlinePassed_retryableAndNamed() throws Exception {
        // an endpoint that takes every request and never answers within the call's deadline
        com.sun.net.httpserver.HttpServer silent = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        silent.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        silent.createContext("/", exchange -> {
            try {
                release.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        silent.start();
        try (AwsEcsKit kit = AwsEcsKit.builder().region("us-east-1")
                .endpointOverride(java.net.URI.create("http://127.0.0.1:" + silent.getAddress().getPort()))
                .credentials(MotoNetwork.CREDENTIALS).accountId("123456789012").maxAttempts(1)
                .apiCallTimeout(java.time.Duration.ofMillis(700)).build()) {
            var described = kit.api().clusters().describe(new ClusterName("apps"));

            assertThat(described.getLeft()).isInstanceOf(EcsError.DeadlinePassed.class);
            assertThat(described.getLeft().code()).isEqualTo("ApiCallTimeoutException");
            assertThat(described.getLeft().isRetryable()).isTrue();
        } finally {
            release.countDown();
            silent.stop(0);
        }
    }

    /** Three attempts at most, so a retried error (throttling, 5xx) is asked for exactly three times. */
    private static AwsEcsKit kit(FakeAws aws) {
        return AwsEcsKit.builder().region("us-east-1").endpointOverride(aws.endpoint()).credentials(MotoNetwork.CREDENTIALS)
                .accountId("123456789012").maxAttempts(3).throttlingBudget(java.time.Duration.ZERO).build();
    }

    private static Function<AwsEcsKit, Either<EcsError, ?>> callOn(String service) {
        return switch (service) {
            case "ECS" -> kit -> kit.api().clusters().delete(new ClusterName("apps"));
            case "ECR" -> kit -> kit.api().imageRepositories().delete(new RepositoryName("apps"), false);
            case "Logs" -> kit -> kit.api().logs().createGroup(new LogGroupName("/apps"), Option.none());
            default -> throw new IllegalArgumentException(service);
        };
    }
}
