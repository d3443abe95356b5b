package io.ecskit.adapter.aws;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.StandardRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecs.EcsClient;

import java.time.Duration;

/**
 * One client per service for the kit, sharing one HTTP client, one retry strategy (standard mode:
 * exponential back-off with jitter, longer for throttling) and one call recorder. Closed with the kit.
 */
@Singleton
final class AwsClients implements AutoCloseable {

    final EcsClient ecs;
    final EcrClient ecr;
    final CloudWatchLogsClient logs;
    private final SdkHttpClient http;
    private final boolean ownsHttp;

    @Inject
    AwsClients(AwsSettings settings, ApiCallRecorder recorder) {
        this.ownsHttp = settings.httpClient().isEmpty();
        this.http = settings.httpClient().getOrElse(() -> ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(settings.attemptTimeout()).build());
        ClientOverrideConfiguration overrides = ClientOverrideConfiguration.builder()
                .retryStrategy(StandardRetryStrategy.builder()
                        .maxAttempts(settings.maxAttempts())
                        .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
                        .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(20)))
                        .circuitBreakerEnabled(false)
                        .build())
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.attemptTimeout())
                .addExecutionInterceptor(recorder)
                .build();
        this.ecs = configure(EcsClient.builder(), settings, overrides).build();
        this.ecr = configure(EcrClient.builder(), settings, overrides).build();
        this.logs = configure(CloudWatchLogsClient.builder(), settings, overrides).build();
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, AwsSettings settings, ClientOverrideConfiguration overrides) {
        builder.region(Region.of(settings.region()))
                .credentialsProvider(settings.credentials())
                .overrideConfiguration(overrides)
                .httpClient(http);
        settings.endpointOverride().forEach(builder::endpointOverride);
        return builder;
    }

    @Override
    public void close() {
        ecs.close();
        ecr.close();
        logs.close();
        if (ownsHttp) {
            http.close();
        }
    }
}
