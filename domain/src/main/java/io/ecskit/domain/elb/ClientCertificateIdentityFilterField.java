package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (ClientCertificateIdentityFilterField). */
public enum ClientCertificateIdentityFilterField implements WireValue {
    /** {@code subject-cn}. */
    SUBJECT_CN("subject-cn"),
    /** {@code subject-ou}. */
    SUBJECT_OU("subject-ou"),
    /** {@code san-dns}. */
    SAN_DNS("san-dns"),
    /** {@code san-uri}. */
    SAN_URI("san-uri");

    private final String wire;

    ClientCertificateIdentityFilterField(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
