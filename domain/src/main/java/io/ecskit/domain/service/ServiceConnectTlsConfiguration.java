package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * TLS settings of a Service Connect endpoint.
 *
 * @param issuerCertificateAuthority Private CA that issues the endpoint's certificates (required).
 * @param kmsKey KMS key for the certificates' private keys.
 * @param roleArn IAM role ECS uses for the CA.
 */
@Value.Builder
public record ServiceConnectTlsConfiguration(
        ServiceConnectTlsCertificateAuthority issuerCertificateAuthority,
        Option<String> kmsKey,
        Option<String> roleArn) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectTlsConfigurationBuilder builder() {
        return new ServiceConnectTlsConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectTlsConfigurationBuilder toBuilder() {
        return new ServiceConnectTlsConfigurationBuilder().from(this);
    }
}
