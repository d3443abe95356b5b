package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The signing configuration for a registry, which specifies rules for automatically signing images when pushed. Source: ECR API reference (SigningConfiguration).
 *
 * @param rules A list of signing rules. (required)
 */
@Value.Builder
public record SigningConfiguration(
        List<SigningRule> rules) {

    /** A builder with every optional component absent and every list empty. */
    public static SigningConfigurationBuilder builder() {
        return new SigningConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public SigningConfigurationBuilder toBuilder() {
        return new SigningConfigurationBuilder().from(this);
    }
}
