package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A signing rule that specifies a signing profile and optional repository filters. Source: ECR API reference (SigningRule).
 *
 * @param signingProfileArn The ARN of the Amazon Web Services Signer signing profile to use for signing images that match this rule. (required)
 * @param repositoryFilters A list of repository filters that determine which repositories have their images signed on push.
 */
@Value.Builder
public record SigningRule(
        String signingProfileArn,
        List<SigningRepositoryFilter> repositoryFilters) {

    /** A builder with every optional component absent and every list empty. */
    public static SigningRuleBuilder builder() {
        return new SigningRuleBuilder();
    }

    /** A builder holding this record's values. */
    public SigningRuleBuilder toBuilder() {
        return new SigningRuleBuilder().from(this);
    }
}
