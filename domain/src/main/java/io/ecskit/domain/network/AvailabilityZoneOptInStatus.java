package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (AvailabilityZoneOptInStatus). */
public enum AvailabilityZoneOptInStatus implements WireValue {
    /** {@code opt-in-not-required}. */
    OPT_IN_NOT_REQUIRED("opt-in-not-required"),
    /** {@code opted-in}. */
    OPTED_IN("opted-in"),
    /** {@code not-opted-in}. */
    NOT_OPTED_IN("not-opted-in");

    private final String wire;

    AvailabilityZoneOptInStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
