package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about an SSL server certificate. Source: Elastic Load Balancing v2 API reference (Certificate).
 *
 * @param certificateArn The Amazon Resource Name (ARN) of the certificate.
 * @param isDefault Indicates whether the certificate is the default certificate.
 */
@Value.Builder
public record Certificate(
        Option<String> certificateArn,
        Option<Boolean> isDefault) {

    /** A builder with every optional component absent and every list empty. */
    public static CertificateBuilder builder() {
        return new CertificateBuilder();
    }

    /** A builder holding this record's values. */
    public CertificateBuilder toBuilder() {
        return new CertificateBuilder().from(this);
    }
}
