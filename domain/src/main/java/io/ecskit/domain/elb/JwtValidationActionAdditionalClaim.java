package io.ecskit.domain.elb;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Information about an additional claim to validate. Source: Elastic Load Balancing v2 API reference (JwtValidationActionAdditionalClaim).
 *
 * @param format The format of the claim value. (required)
 * @param name The name of the claim. (required)
 * @param values The claim value. (required)
 */
@Value.Builder
public record JwtValidationActionAdditionalClaim(
        JwtValidationActionAdditionalClaimFormatEnum format,
        String name,
        List<String> values) {

    /** A builder with every optional component absent and every list empty. */
    public static JwtValidationActionAdditionalClaimBuilder builder() {
        return new JwtValidationActionAdditionalClaimBuilder();
    }

    /** A builder holding this record's values. */
    public JwtValidationActionAdditionalClaimBuilder toBuilder() {
        return new JwtValidationActionAdditionalClaimBuilder().from(this);
    }
}
