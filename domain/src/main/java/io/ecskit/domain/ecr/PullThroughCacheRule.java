package io.ecskit.domain.ecr;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The details of a pull through cache rule. Source: ECR API reference (PullThroughCacheRule).
 *
 * @param ecrRepositoryPrefix The Amazon ECR repository prefix associated with the pull through cache rule.
 * @param upstreamRegistryUrl The upstream registry URL associated with the pull through cache rule.
 * @param createdAt The date and time the pull through cache was created.
 * @param registryId The Amazon Web Services account ID associated with the registry the pull through cache rule is associated with.
 * @param credentialArn The ARN of the Secrets Manager secret associated with the pull through cache rule.
 * @param customRoleArn The ARN of the IAM role associated with the pull through cache rule.
 * @param upstreamRoleArn The ARN of the IAM role that Amazon ECR assumes to authenticate to the Amazon ECR Public Premium upstream registry.
 * @param upstreamRepositoryPrefix The upstream repository prefix associated with the pull through cache rule.
 * @param upstreamRegistry The name of the upstream source registry associated with the pull through cache rule.
 * @param updatedAt The date and time, in JavaScript date format, when the pull through cache rule was last updated.
 */
@Value.Builder
public record PullThroughCacheRule(
        Option<String> ecrRepositoryPrefix,
        Option<String> upstreamRegistryUrl,
        Option<Instant> createdAt,
        Option<String> registryId,
        Option<String> credentialArn,
        Option<String> customRoleArn,
        Option<String> upstreamRoleArn,
        Option<String> upstreamRepositoryPrefix,
        Option<UpstreamRegistry> upstreamRegistry,
        Option<Instant> updatedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static PullThroughCacheRuleBuilder builder() {
        return new PullThroughCacheRuleBuilder();
    }

    /** A builder holding this record's values. */
    public PullThroughCacheRuleBuilder toBuilder() {
        return new PullThroughCacheRuleBuilder().from(this);
    }
}
