package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (ClientCertificateIdentityFilterMatchType). */
public enum ClientCertificateIdentityFilterMatchType implements WireValue {
    /** {@code exact}. */
    EXACT("exact"),
    /** {@code prefix}. */
    PREFIX("prefix");

    private final String wire;

    ClientCertificateIdentityFilterMatchType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
