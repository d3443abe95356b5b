package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (TargetAdministrativeOverrideReasonEnum). */
public enum TargetAdministrativeOverrideReasonEnum implements WireValue {
    /** {@code AdministrativeOverride.Unknown}. */
    ADMINISTRATIVEOVERRIDE_UNKNOWN("AdministrativeOverride.Unknown"),
    /** {@code AdministrativeOverride.NoOverride}. */
    ADMINISTRATIVEOVERRIDE_NOOVERRIDE("AdministrativeOverride.NoOverride"),
    /** {@code AdministrativeOverride.ZonalShiftActive}. */
    ADMINISTRATIVEOVERRIDE_ZONALSHIFTACTIVE("AdministrativeOverride.ZonalShiftActive"),
    /** {@code AdministrativeOverride.ZonalShiftDelegatedToDns}. */
    ADMINISTRATIVEOVERRIDE_ZONALSHIFTDELEGATEDTODNS("AdministrativeOverride.ZonalShiftDelegatedToDns");

    private final String wire;

    TargetAdministrativeOverrideReasonEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
