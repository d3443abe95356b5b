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
            });
        }
    }

    @Test
    void anyCall_whenTheCodeIsUnknown_isOtherKeepingAwsCode() throws IOException {
        try (FakeAws aws = FakeAws.failing(400, "SomethingNewException", "new in 2027");
             AwsEcsKit kit = kit(aws)) {

            assertThat(kit.clusters().delete(new ClusterName("apps")).getLeft())
                    .isEqualTo(new EcsError.Other("SomethingNewException", "new in 2027", Option.of("req-SomethingNewException")));
        }
    }

    /** Three attempts at most, so a retried error (throttling, 5xx) is asked for exactly three times. */
    private static AwsEcsKit kit(FakeAws aws) {
        return AwsEcsKit.builder().region("us-east-1").endpointOverride(aws.endpoint()).credentials(MotoNetwork.CREDENTIALS)
                .accountId("123456789012").maxAttempts(3).build();
    }

    private static Function<AwsEcsKit, Either<EcsError, ?>> callOn(String service) {
        return switch (service) {
            case "ECS" -> kit -> kit.clusters().delete(new ClusterName("apps"));
            case "ECR" -> kit -> kit.imageRepositories().delete(new RepositoryName("apps"), false);
            case "Logs" -> kit -> kit.logs().createGroup(new LogGroupName("/apps"), Option.none());
            default -> throw new IllegalArgumentException(service);
        };
    }
}
