package io.ecskit.adapter.aws;

import io.vavr.control.Option;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;

import java.net.URI;
import java.time.Duration;

/** How the kit's clients reach AWS; built by {@link AwsEcsKit.Builder}. */
record AwsSettings(
        String region, AwsCredentialsProvider credentials, Option<URI> endpointOverride, Option<SdkHttpClient> httpClient,
        int maxAttempts, Duration apiCallTimeout, Duration attemptTimeout, Option<String> accountId,
        Option<String> registryEndpoint, boolean plainHttpRegistry,
        Option<io.ecskit.port.out.TimeSource> timeSource, Duration throttlingBudget) {
}
