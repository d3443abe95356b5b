package io.ecskit.adapter.aws;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
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
 * exponential back-off with jitter, longer for throttling; 5xx and lost answers retried only for the
 * calls {@link Idempotency} says are safe to repeat) and one call recorder. Closed with the kit.
 */
@Singleton
final class AwsClients implements AutoCloseable {

    final EcsClient ecs;
    final EcrClient ecr;
    final CloudWatchLogsClient logs;
    final software.amazon.awssdk.services.sts.StsClient sts;
    final software.amazon.awssdk.services.ec2.Ec2Client ec2;
    final software.amazon.awssdk.services.secretsmanager.SecretsManagerClient secretsManager;
    final software.amazon.awssdk.services.ssm.SsmClient ssm;
    /** IAM: global; on AWS its endpoint is iam.amazonaws.com whatever the kit's region (the SDK resolves it so). */
    final software.amazon.awssdk.services.iam.IamClient iam;
    final software.amazon.awssdk.services.eventbridge.EventBridgeClient events;
    final software.amazon.awssdk.services.cloudwatch.CloudWatchClient cloudWatch;
    final software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client elb;
    private final SdkHttpClient http;
    private final boolean ownsHttp;
    private final Duration throttlingBudget;

    @Inject
    AwsClients(AwsSettings settings, ApiCallRecorder recorder) {
        this.ownsHttp = settings.httpClient().isEmpty();
        this.throttlingBudget = settings.throttlingBudget();
        this.http = settings.httpClient().getOrElse(() -> ApacheHttpClient.builder()
                .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(settings.attemptTimeout()).build());
        Idempotency idempotency = new Idempotency();
        // the SDK's and AWS's retry conditions (AwsRetryStrategy), the kit's back-off, and no repeat of a
        // call that is not safe to repeat after AWS may have carried it out (see Idempotency)
        StandardRetryStrategy standard = AwsRetryStrategy.standardRetryStrategy().toBuilder()
                .maxAttempts(settings.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(100), Duration.ofSeconds(20)))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(500), Duration.ofSeconds(20)))
                .circuitBreakerEnabled(false)
                .build();
        ClientOverrideConfiguration overrides = ClientOverrideConfiguration.builder()
                .retryStrategy(new IdempotentRetryStrategy(standard, idempotency))
                .apiCallTimeout(settings.apiCallTimeout())
                .apiCallAttemptTimeout(settings.attemptTimeout())
                .addExecutionInterceptor(new IdempotencyInterceptor(idempotency))
                .addExecutionInterceptor(recorder)
                .build();
        this.ecs = configure(EcsClient.builder(), settings, overrides).build();
        this.ecr = configure(EcrClient.builder(), settings, overrides).build();
        this.logs = configure(CloudWatchLogsClient.builder(), settings, overrides).build();
        this.sts = configure(software.amazon.awssdk.services.sts.StsClient.builder(), settings, overrides).build();
        this.ec2 = configure(software.amazon.awssdk.services.ec2.Ec2Client.builder(), settings, overrides).build();
        this.secretsManager = configure(software.amazon.awssdk.services.secretsmanager.SecretsManagerClient.builder(), settings, overrides).build();
        this.ssm = configure(software.amazon.awssdk.services.ssm.SsmClient.builder(), settings, overrides).build();
        this.iam = configure(software.amazon.awssdk.services.iam.IamClient.builder(), settings, overrides).build();
        this.events = configure(software.amazon.awssdk.services.eventbridge.EventBridgeClient.builder(), settings, overrides).build();
        this.cloudWatch = configure(software.amazon.awssdk.services.cloudwatch.CloudWatchClient.builder(), settings, overrides).build();
        this.elb = configure(software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client.builder(), settings, overrides).build();
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

    /**
     * An SDK call through the error translation ({@link AwsErrors}); throttling that outlived the
     * SDK's attempts is asked again with capped, jittered back-off until the throttling budget is
     * spent, so a storm of ThrottlingException slows a use case down instead of failing it.
     */
    <T> io.vavr.control.Either<io.ecskit.domain.error.EcsError, T> call(java.util.function.Supplier<T> call) {
        long deadline = System.nanoTime() + throttlingBudget.toNanos();
        Duration pause = Duration.ofSeconds(1);
        while (true) {
            io.vavr.control.Either<io.ecskit.domain.error.EcsError, T> answer = AwsErrors.call(call);
            boolean throttled = answer.isLeft() && answer.getLeft() instanceof io.ecskit.domain.error.EcsError.Throttled;
            long sleep = java.util.concurrent.ThreadLocalRandom.current().nextLong(pause.toMillis() / 2, pause.toMillis() + 1);
            if (!throttled || System.nanoTime() + sleep * 1_000_000 > deadline) {
                return answer;
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(20)) > 0 ? Duration.ofSeconds(20) : pause.multipliedBy(2);
        }
    }

    <R, T> io.vavr.control.Either<io.ecskit.domain.error.EcsError, T> call(java.util.function.Supplier<R> call,
                                                                          java.util.function.Function<R, T> read) {
        return call(() -> read.apply(call.get()));
    }

    @Override
    public void close() {
        ecs.close();
        ecr.close();
        logs.close();
        sts.close();
        ec2.close();
        secretsManager.close();
        ssm.close();
        iam.close();
        events.close();
        cloudWatch.close();
        elb.close();
        if (ownsHttp) {
            http.close();
        }
    }
}
