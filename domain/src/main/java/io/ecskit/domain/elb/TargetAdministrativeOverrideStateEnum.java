package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (TargetAdministrativeOverrideStateEnum). */
public enum TargetAdministrativeOverrideStateEnum implements WireValue {
    /** {@code unknown}. */
    UNKNOWN("unknown"),
    /** {@code no_override}. */
    NO_OVERRIDE("no_override"),
    /** {@code zonal_shift_active}. */
    ZONAL_SHIFT_ACTIVE("zonal_shift_active"),
    /** {@code zonal_shift_delegated_to_dns}. */
    ZONAL_SHIFT_DELEGATED_TO_DNS("zonal_shift_delegated_to_dns");

    private final String wire;

    TargetAdministrativeOverrideStateEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
