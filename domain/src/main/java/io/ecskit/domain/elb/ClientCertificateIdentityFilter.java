package io.ecskit.domain.elb;

import org.immutables.value.Value;

/**
 * Describes a client certificate identity filter. Source: Elastic Load Balancing v2 API reference (ClientCertificateIdentityFilter).
 *
 * @param field The client certificate field to match. (required)
 * @param action The action to take when the client certificate matches the filter. (required)
 * @param matchType The match type. (required)
 * @param value The value to match. (required)
 */
@Value.Builder
public record ClientCertificateIdentityFilter(
        ClientCertificateIdentityFilterField field,
        ClientCertificateIdentityFilterAction action,
        ClientCertificateIdentityFilterMatchType matchType,
        String value) {

    /** A builder with every optional component absent and every list empty. */
    public static ClientCertificateIdentityFilterBuilder builder() {
        return new ClientCertificateIdentityFilterBuilder();
    }

    /** A builder holding this record's values. */
    public ClientCertificateIdentityFilterBuilder toBuilder() {
        return new ClientCertificateIdentityFilterBuilder().from(this);
    }
}
