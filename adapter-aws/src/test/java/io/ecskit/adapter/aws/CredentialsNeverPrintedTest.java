package io.ecskit.adapter.aws;

import io.ecskit.domain.error.EcsException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: sentinel credentials given to a kit appear in none of the texts a program may print or log:
 * the kit's, its builder's and its settings' {@code toString()}, the error of a failed call and the
 * exception made of it, the recorded calls.
 */
class CredentialsNeverPrintedTest {

    static final String SECRET_KEY = "ecskitSentinelSecretKey/DoNotPrint+0123456789abcd";
    static final String SESSION_TOKEN = "ecskitSentinelSessionToken//DoNotPrint0123456789";

    @Test
    void noTextOfTheKit_holdsTheSecretKeyOrTheSessionToken() {
        AwsEcsKit.Builder builder = AwsEcsKit.builder().region("eu-west-1").accountId("123456789012")
                .credentials(StaticCredentialsProvider.create(AwsSessionCredentials.create("AKIAECSKITSENTINEL01", SECRET_KEY, SESSION_TOKEN)))
                .endpointOverride(URI.create("http://127.0.0.1:9")).maxAttempts(1).throttlingBudget(Duration.ZERO);
        try (AwsEcsKit kit = builder.build()) {
            var failed = kit.api().clusters().list();
            assertThat(failed.isLeft()).isTrue();

            java.util.List<String> texts = java.util.List.of(kit.toString(), builder.toString(),
                    kit.calls().toString(), failed.getLeft().toString(), failed.getLeft().message(),
                    new EcsException(failed.getLeft()).getMessage(), String.valueOf(new EcsException(failed.getLeft()).getCause()));
            assertThat(kit.toString()).isEqualTo("AwsEcsKit[eu-west-1, http://127.0.0.1:9]");
            for (String text : texts) {
                assertThat(text).doesNotContain(SECRET_KEY).doesNotContain(SESSION_TOKEN);
            }
        }
    }

    @Test
    void theSettings_printNoSecretEither() {
        AwsSettings settings = new AwsSettings("eu-west-1",
                StaticCredentialsProvider.create(AwsSessionCredentials.create("AKIAECSKITSENTINEL01", SECRET_KEY, SESSION_TOKEN)),
                io.vavr.control.Option.none(), io.vavr.control.Option.none(), 1, Duration.ofSeconds(1), Duration.ofSeconds(1),
                io.vavr.control.Option.none(), io.vavr.control.Option.none(), false, io.vavr.control.Option.none(), Duration.ZERO);

        assertThat(settings.toString()).contains("eu-west-1").doesNotContain(SECRET_KEY).doesNotContain(SESSION_TOKEN);
    }

    @Test
    void accountId_withoutCredentials_throwsTheTypedError_notTheSdksException() {
        try (AwsEcsKit kit = AwsEcsKit.builder().region("eu-west-1").endpointOverride(URI.create("http://127.0.0.1:9"))
                .credentials(() -> {
                    throw software.amazon.awssdk.core.exception.SdkClientException.create(
                            "Unable to load credentials from any of the providers in the chain");
                }).maxAttempts(1).throttlingBudget(Duration.ZERO).build()) {

            org.assertj.core.api.Assertions.assertThatThrownBy(kit::accountId).isInstanceOfSatisfying(EcsException.class,
                    e -> assertThat(e.error()).isInstanceOf(io.ecskit.domain.error.EcsError.NoCredentials.class));
        }
    }
}
