package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (ProtocolEnum). */
public enum ProtocolEnum implements WireValue {
    /** {@code HTTP}. */
    HTTP("HTTP"),
    /** {@code HTTPS}. */
    HTTPS("HTTPS"),
    /** {@code TCP}. */
    TCP("TCP"),
    /** {@code TLS}. */
    TLS("TLS"),
    /** {@code UDP}. */
    UDP("UDP"),
    /** {@code TCP_UDP}. */
    TCP_UDP("TCP_UDP"),
    /** {@code GENEVE}. */
    GENEVE("GENEVE"),
    /** {@code QUIC}. */
    QUIC("QUIC"),
    /** {@code TCP_QUIC}. */
    TCP_QUIC("TCP_QUIC");

    private final String wire;

    ProtocolEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
