package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (ClientCertificateIdentityFilterAction). */
public enum ClientCertificateIdentityFilterAction implements WireValue {
    /** {@code accept}. */
    ACCEPT("accept");

    private final String wire;

    ClientCertificateIdentityFilterAction(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
