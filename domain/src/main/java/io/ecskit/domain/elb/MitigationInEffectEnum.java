package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (MitigationInEffectEnum). */
public enum MitigationInEffectEnum implements WireValue {
    /** {@code yes}. */
    YES("yes"),
    /** {@code no}. */
    NO("no");

    private final String wire;

    MitigationInEffectEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
