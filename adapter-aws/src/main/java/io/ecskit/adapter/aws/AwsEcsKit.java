package io.ecskit.adapter.aws;

import io.ecskit.wiring.WiredEcsKit;
import io.vavr.control.Option;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

import java.net.URI;
import java.time.Duration;

/**
 * ecskit on AWS, through the AWS SDK for Java v2: one ECS, ECR and CloudWatch Logs client for the
 * region, closed by {@link #close()}.
 * <pre>{@code
 * try (AwsEcsKit ecs = AwsEcsKit.builder().region("eu-west-1").build()) { ... }
 * try (AwsEcsKit ecs = AwsEcsKit.builder().build()) { ... } // region as the AWS SDK and CLI find it
 * }</pre>
 */
public final class AwsEcsKit extends WiredEcsKit {

    private final AwsComponent component;

    private AwsEcsKit(AwsComponent component) {
        super(component.useCases(), component.api());
        this.component = component;
    }

    /** Region, credentials, endpoint, HTTP client, retries and timeouts of a new kit. */
    public static Builder builder() {
        return new Builder();
    }

    /** Every API call the kit made: operation, attempts, latency, outcome, AWS's request id. */
    public ApiCallRecorder calls() {
        return component.calls();
    }

    /** As given to the builder, else as the SDK's region chain found it. */
    @Override
    public String region() {
        return component.settings().region();
    }

    /**
     * The account: as configured, else the ECR registry id of the credentials' account (one DescribeRegistry call, cached).
     *
     * @throws io.ecskit.domain.error.EcsException with the typed error (NoCredentials, AccessDenied, EndpointUnreachable, ...)
     *     when it is not configured and that call fails
     */
    @Override
    public String accountId() {
        return component.accountResolver().accountId();
    }

    /** Closes the ECS, ECR and CloudWatch Logs clients (and the HTTP client, unless it was brought). */
    @Override
    public void close() {
        component.clients().close();
    }

    /** Region and endpoint only: never credentials. */
    @Override
    public String toString() {
        return "AwsEcsKit[" + region() + component.settings().endpointOverride().map(e -> ", " + e).getOrElse("") + "]";
    }

    /** The SDK clients, for this package's tests (seeding moto where the ports have no call). */
    AwsClients clients() {
        return component.clients();
    }

    /** Region, credentials, endpoint, HTTP client, retries and timeouts of a new kit. */
    public static final class Builder {
        private String region;
        private String profile;
        private AwsCredentialsProvider credentials;
        private URI endpointOverride;
        private SdkHttpClient httpClient;
        private int maxAttempts = 5;
        private Duration apiCallTimeout = Duration.ofMinutes(2);
        private Duration attemptTimeout = Duration.ofSeconds(30);
        private String accountId;
        private String registryEndpoint;
        private boolean plainHttpRegistry;
        private io.ecskit.port.out.TimeSource timeSource;
        private Duration throttlingBudget = Duration.ofMinutes(2);

        private Builder() {
        }

        /**
         * Default: the AWS SDK's region chain, as the AWS CLI reads it: the {@code aws.region} system property,
         * {@code AWS_REGION}, the region of the {@link #profile profile} (else {@code AWS_PROFILE}, else
         * {@code default}) in {@code ~/.aws/config}, then the EC2 instance metadata.
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Default: the SDK's default chain (environment, profile, container and instance roles). */
        public Builder credentials(AwsCredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Credentials from this profile of {@code ~/.aws/credentials} and {@code config}, and its region unless {@link #region} is given. */
        public Builder profile(String profile) {
            this.profile = profile;
            this.credentials = ProfileCredentialsProvider.create(profile);
            return this;
        }

        /** moto, LocalStack or a VPC endpoint: every service of the kit goes there. */
        public Builder endpointOverride(URI endpoint) {
            this.endpointOverride = endpoint;
            return this;
        }

        /** Bring your own HTTP client (the kit does not close it); default: Apache, owned by the kit. */
        public Builder httpClient(SdkHttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * Attempts per call in the SDK's standard retry mode, throttling backed off longer (default 5).
         * A 5xx, a lost answer or a timeout is retried only for the calls that are safe to repeat
         * ({@link Idempotency}: reads, client-token requests, harmless writes); any other answers
         * {@link io.ecskit.domain.error.EcsError.OutcomeUnknown} after one attempt.
         */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder apiCallTimeout(Duration timeout) {
            this.apiCallTimeout = timeout;
            return this;
        }

        public Builder attemptTimeout(Duration timeout) {
            this.attemptTimeout = timeout;
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Push images to this registry ({@code host:port}) instead of the one the ECR token names, with
         * the same credentials: a local registry in tests, a pull-through proxy. Loopback may be plain HTTP.
         */
        public Builder registryEndpoint(String hostPort) {
            this.registryEndpoint = hostPort;
            return this;
        }

        /**
         * Speak plain HTTP to the {@link #registryEndpoint registry endpoint}, registry credentials included
         * (Jib refuses to send credentials without TLS unless told). Only for a registry on this machine:
         * {@link #build()} refuses it for any other host. Jib reads this as its process-wide
         * {@code sendCredentialsOverHttp} system property, which the push sets. Default: false.
         */
        public Builder plainHttpRegistry(boolean plainHttp) {
            this.plainHttpRegistry = plainHttp;
            return this;
        }

        /**
         * How long one call keeps retrying while AWS throttles it (default 2 minutes): after the SDK's
         * own attempts ({@link #maxAttempts}) the call is asked again with capped, jittered back-off
         * (1 s doubling to 20 s) until this budget is spent; then it answers Throttled. Zero: the SDK's
         * attempts only. Every attempt is in {@link AwsEcsKit#calls()}.
         */
        public Builder throttlingBudget(Duration budget) {
            this.throttlingBudget = budget;
            return this;
        }

        /**
         * How the use cases read the time and wait between polls; default: the wall clock and
         * {@code Thread.sleep}. For a simulated endpoint ({@code ecskit server --clock manual}) a
         * time source that advances the server's clock makes a rollout take no real time.
         */
        public Builder timeSource(io.ecskit.port.out.TimeSource timeSource) {
            this.timeSource = timeSource;
            return this;
        }

        /**
         * The kit.
         *
         * @throws IllegalStateException when no region is given and the SDK's region chain finds none
         * @throws IllegalArgumentException when plain HTTP is asked for a registry that is not on this machine
         */
        public AwsEcsKit build() {
            String region = this.region != null ? this.region : defaultRegion();
            if (plainHttpRegistry && (registryEndpoint == null || !JibImageRegistry.isLoopback(registryEndpoint))) {
                throw new IllegalArgumentException("plainHttpRegistry: only for a registryEndpoint on this machine (127.0.0.1, "
                        + "localhost, ::1), not " + registryEndpoint);
            }
            return new AwsEcsKit(DaggerAwsComponent.factory().create(new AwsSettings(region,
                    credentials == null ? DefaultCredentialsProvider.builder().build() : credentials,
                    Option.of(endpointOverride), Option.of(httpClient), maxAttempts, apiCallTimeout, attemptTimeout,
                    Option.of(accountId), Option.of(registryEndpoint), plainHttpRegistry, Option.of(timeSource), throttlingBudget)));
        }

        private String defaultRegion() {
            DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
            if (profile != null) {
                chain.profileName(profile);
            }
            try {
                return chain.build().getRegion().id();
            } catch (SdkClientException e) {
                String inProfile = profile == null ? "a region in your AWS profile (~/.aws/config)"
                        : "region in profile '" + profile + "' of ~/.aws/config";
                throw new IllegalStateException("No AWS region: pass AwsEcsKit.builder().region(\"eu-west-1\"), or set AWS_REGION "
                        + "(or the aws.region system property) or " + inProfile, e);
            }
        }
    }
}
