package io.ecskit.domain.elb;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Information about a JSON Web Token (JWT) validation action. Source: Elastic Load Balancing v2 API reference (JwtValidationActionConfig).
 *
 * @param jwksEndpoint The JSON Web Key Set (JWKS) endpoint. (required)
 * @param issuer The issuer of the JWT. (required)
 * @param additionalClaims Additional claims to validate.
 */
@Value.Builder
public record JwtValidationActionConfig(
        String jwksEndpoint,
        String issuer,
        List<JwtValidationActionAdditionalClaim> additionalClaims) {

    /** A builder with every optional component absent and every list empty. */
    public static JwtValidationActionConfigBuilder builder() {
        return new JwtValidationActionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public JwtValidationActionConfigBuilder toBuilder() {
        return new JwtValidationActionConfigBuilder().from(this);
    }
}
