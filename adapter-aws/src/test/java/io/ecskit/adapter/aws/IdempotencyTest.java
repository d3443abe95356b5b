package io.ecskit.adapter.aws;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.traits.DefaultValueTrait;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.PutLogEventsRequest;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.CreateServiceRequest;
import software.amazon.awssdk.services.ecs.model.DescribeServicesRequest;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry policy by idempotency ({@link Idempotency}), against the SDK 2.59.1 models. */
class IdempotencyTest {

    /**
     * The requests of the three services the kit uses that carry a clientToken, read from the models'
     * {@code sdkFields()}, and whether the SDK fills one in (idempotency-token trait). A new one in a
     * newer SDK shows here, to be decided.
     */
    @Test
    void requestsWithAClientToken_areTheOnesThePolicyNames() {
        Map<String, Boolean> withToken = new TreeMap<>();
        for (Class<?> client : java.util.List.of(EcsClient.class, EcrClient.class, CloudWatchLogsClient.class)) {
            for (Method method : client.getMethods()) {
                if (method.getParameterCount() == 1 && SdkRequest.class.isAssignableFrom(method.getParameterTypes()[0])) {
                    SdkRequest empty = empty(method.getParameterTypes()[0]);
                    empty.sdkFields().stream().filter(f -> f.memberName().equals("clientToken")).findFirst()
                            .ifPresent(f -> withToken.put(operation(empty), f.containsTrait(DefaultValueTrait.class)));
                }
            }
        }
        assertThat(withToken).isEqualTo(Map.of("CreateDaemon", false, "CreateGateway", true, "CreateService", false,
                "CreateTaskSet", false, "PutQueryDefinition", true, "RunTask", true));
        withToken.forEach((operation, filledBySdk) -> {
            SdkRequest empty = empty(requestClass(operation));
            assertThat(Idempotency.safeToRepeat(operation, empty)).as(operation).isEqualTo(filledBySdk);
        });
    }

    /** Every operation the kit calls, decided. */
    @ParameterizedTest(name = "{0}: safe to repeat {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DescribeClusters              | true
            DescribeServices              | true
            DescribeTaskDefinition        | true
            DescribeTasks                 | true
            DescribeServiceDeployments    | true
            DescribeServiceRevisions      | true
            ListClusters                  | true
            ListServices                  | true
            ListTasks                     | true
            ListTaskDefinitions           | true
            ListTaskDefinitionFamilies    | true
            ListContainerInstances        | true
            ListServiceDeployments        | true
            DescribeRepositories          | true
            DescribeImages                | true
            DescribeRegistry              | true
            GetAuthorizationToken         | true
            DescribeLogGroups             | true
            DescribeLogStreams            | true
            FilterLogEvents               | true
            CreateCluster                 | true
            DeleteCluster                 | true
            DeleteService                 | true
            DeregisterTaskDefinition      | true
            DeleteTaskDefinitions         | true
            DeregisterContainerInstance   | true
            StopTask                      | true
            TagResource                   | true
            CreateLogGroup                | true
            CreateLogStream               | true
            DeleteLogGroup                | true
            PutRetentionPolicy            | true
            CreateRepository              | true
            DeleteRepository              | true
            RunTask                       | true
            RegisterTaskDefinition        | false
            PutLogEvents                  | false
            StopServiceDeployment         | false
            ContinueServiceDeployment     | false
            PutImage                      | false
            """)
    void everyOperationTheKitCalls_isDecided(String operation, boolean safe) {
        assertThat(Idempotency.safeToRepeat(operation, empty(requestClass(operation)))).isEqualTo(safe);
    }

    @Test
    void createService_isSafe_onlyWithAClientToken() {
        assertThat(Idempotency.safeToRepeat("CreateService", CreateServiceRequest.builder().serviceName("web").build())).isFalse();
        assertThat(Idempotency.safeToRepeat("CreateService", CreateServiceRequest.builder().serviceName("web")
                .clientToken("3f0c").build())).isTrue();
        // RunTask: the SDK sends a token of its own when none is given, the same one on every attempt
        assertThat(Idempotency.safeToRepeat("RunTask", RunTaskRequest.builder().taskDefinition("web").build())).isTrue();
    }

    @Test
    void updateService_isSafe_onlyWhenItSetsNothingButTheDesiredCount() {
        assertThat(Idempotency.safeToRepeat("UpdateService", UpdateServiceRequest.builder().cluster("c").service("web")
                .desiredCount(0).build())).isTrue();
        assertThat(Idempotency.safeToRepeat("UpdateService", UpdateServiceRequest.builder().cluster("c").service("web")
                .taskDefinition("web:2").build())).isFalse();
        assertThat(Idempotency.safeToRepeat("UpdateService", UpdateServiceRequest.builder().cluster("c").service("web")
                .desiredCount(2).forceNewDeployment(true).build())).isFalse();
        assertThat(Idempotency.safeToRepeat("UpdateService", UpdateServiceRequest.builder().cluster("c").service("web")
                .desiredCount(2).deploymentConfiguration(d -> d.maximumPercent(200)).build())).isFalse();
        assertThat(Idempotency.safeToRepeat("RegisterTaskDefinition", RegisterTaskDefinitionRequest.builder().family("web").build())).isFalse();
        assertThat(Idempotency.safeToRepeat("PutLogEvents", PutLogEventsRequest.builder().logGroupName("g").build())).isFalse();
        assertThat(Idempotency.safeToRepeat("DescribeServices", DescribeServicesRequest.builder().build())).isTrue();
        assertThat(Idempotency.safeToRepeat("SomethingNew", DescribeServicesRequest.builder().build())).isFalse();
    }

    @Test
    void mayHaveReachedAws_for5xxAndLostAnswers_notForRefusalsThrottlingOrAConnectionNeverMade() {
        assertThat(Idempotency.mayHaveReachedAws(service(500, "InternalFailure"))).isTrue();
        assertThat(Idempotency.mayHaveReachedAws(service(503, "ServiceUnavailable"))).isTrue();
        assertThat(Idempotency.mayHaveReachedAws(service(500, "ServerException"))).isTrue();
        assertThat(Idempotency.mayHaveReachedAws(service(400, "ClientException"))).isFalse();
        assertThat(Idempotency.mayHaveReachedAws(service(400, "ThrottlingException"))).isFalse();
        assertThat(Idempotency.mayHaveReachedAws(service(503, "RequestLimitExceeded"))).isFalse();
        assertThat(Idempotency.mayHaveReachedAws(SdkClientException.create("lost",
                new org.apache.http.NoHttpResponseException("127.0.0.1:1 failed to respond")))).isTrue();
        assertThat(Idempotency.mayHaveReachedAws(SdkClientException.create("reset", new java.net.SocketException("Connection reset")))).isTrue();
        assertThat(Idempotency.mayHaveReachedAws(ApiCallAttemptTimeoutException.create(1000))).isTrue();
        assertThat(Idempotency.mayHaveReachedAws(ApiCallTimeoutException.create(1000))).isTrue();
        assertThat(Idempotency.mayHaveReachedAws(SdkClientException.create("refused",
                new org.apache.http.conn.HttpHostConnectException(new IOException("x"), null)))).isFalse();
        assertThat(Idempotency.mayHaveReachedAws(SdkClientException.create("refused", new java.net.ConnectException("refused")))).isFalse();
        assertThat(Idempotency.mayHaveReachedAws(SdkClientException.create("dns", new java.net.UnknownHostException("ecs.invalid")))).isFalse();
        assertThat(Idempotency.mayHaveReachedAws(SdkClientException.create("Unable to load credentials from any of the providers"))).isFalse();
    }

    private static AwsServiceException service(int status, String code) {
        return AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("m").build()).build();
    }

    private static String operation(SdkRequest request) {
        String name = request.getClass().getSimpleName();
        return name.substring(0, name.length() - "Request".length());
    }

    private static Class<?> requestClass(String operation) {
        for (String pkg : java.util.List.of("ecs", "ecr", "cloudwatchlogs")) {
            try {
                return Class.forName("software.amazon.awssdk.services." + pkg + ".model." + operation + "Request");
            } catch (ClassNotFoundException next) {
                // the next service
            }
        }
        // an operation no model has: any request stands in (the name decides)
        return DescribeServicesRequest.class;
    }

    private static SdkRequest empty(Class<?> requestClass) {
        try {
            Object builder = requestClass.getMethod("builder").invoke(null);
            Method build = Arrays.stream(builder.getClass().getMethods()).filter(m -> m.getName().equals("build") && m.getParameterCount() == 0)
                    .findFirst().orElseThrow();
            build.setAccessible(true);
            return (SdkRequest) build.invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(requestClass.getName(), e);
        }
    }
}
