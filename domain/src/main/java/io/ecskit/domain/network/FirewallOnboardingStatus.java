package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (FirewallOnboardingStatus). */
public enum FirewallOnboardingStatus implements WireValue {
    /** {@code pending}. */
    PENDING("pending"),
    /** {@code active}. */
    ACTIVE("active"),
    /** {@code disabling}. */
    DISABLING("disabling");

    private final String wire;

    FirewallOnboardingStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
