package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (NetworkFirewallConnectivityType). */
public enum NetworkFirewallConnectivityType implements WireValue {
    /** {@code flexible}. */
    FLEXIBLE("flexible"),
    /** {@code outbound-only}. */
    OUTBOUND_ONLY("outbound-only"),
    /** {@code bidirectional}. */
    BIDIRECTIONAL("bidirectional"),
    /** {@code exclude}. */
    EXCLUDE("exclude"),
    /** {@code az-unsupported}. */
    AZ_UNSUPPORTED("az-unsupported");

    private final String wire;

    NetworkFirewallConnectivityType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
