package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The private CA issuing a Service Connect endpoint's certificates.
 *
 * @param awsPcaAuthorityArn ARN of the AWS Private CA.
 */
@Value.Builder
public record ServiceConnectTlsCertificateAuthority(
        Option<String> awsPcaAuthorityArn) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectTlsCertificateAuthorityBuilder builder() {
        return new ServiceConnectTlsCertificateAuthorityBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectTlsCertificateAuthorityBuilder toBuilder() {
        return new ServiceConnectTlsCertificateAuthorityBuilder().from(this);
    }
}
