package io.ecskit.domain.error;

import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EcsExceptionTest {

    @Test
    void getOrThrow_onRight_returnsTheValue() {
        Either<EcsError, String> created = Either.right("arn:aws:ecs:eu-west-1:123456789012:cluster/prod");

        String arn = EcsError.getOrThrow(created);

        assertThat(arn).isEqualTo("arn:aws:ecs:eu-west-1:123456789012:cluster/prod");
    }

    @Test
    void getOrThrow_onLeft_throwsEcsExceptionCarryingTheError() {
        EcsError notFound = new EcsError.ClusterNotFound("Cluster not found.", Option.none());
        Either<EcsError, String> described = Either.left(notFound);

        assertThatThrownBy(() -> EcsError.getOrThrow(described))
                .isExactlyInstanceOf(EcsException.class)
                .hasMessage("ClusterNotFoundException: Cluster not found.")
                .satisfies(e -> assertThat(((EcsException) e).error()).isSameAs(notFound));
    }

    @Test
    void message_withRequestId_endsWithIt() {
        EcsException e = new EcsException(new EcsError.Throttled("Rate exceeded", Option.some("5d1e3c2a-7f0b-4b8e-9a61-0c2f4e8d9b71")));

        assertThat(e).hasMessage("ThrottlingException: Rate exceeded (request id 5d1e3c2a-7f0b-4b8e-9a61-0c2f4e8d9b71)");
        assertThat(e.error().isRetryable()).isTrue();
    }

    @Test
    void message_ofInvalid_listsEveryViolation() {
        EcsError invalid = new EcsError.Invalid(List.of(
                Violation.client("family", "Family contains invalid characters"),
                Violation.invalidParameter("cpu", "cpu must be set for Fargate")));

        EcsException e = new EcsException(invalid);

        assertThat(e.getMessage()).startsWith("ClientException: ").contains("Family contains invalid characters", "cpu must be set for Fargate");
        assertThat(e.error().isInvalidInput()).isTrue();
    }

    @Test
    void constructor_asVavrsExceptionFactory_throwsTheSame() {
        Either<EcsError, String> refused = Either.left(EcsError.AccessDenied.of("User is not authorized to perform: ecs:CreateCluster"));

        assertThatThrownBy(() -> refused.getOrElseThrow(EcsException::new))
                .isInstanceOf(RuntimeException.class)
                .hasMessage("AccessDeniedException: User is not authorized to perform: ecs:CreateCluster");
    }
}
