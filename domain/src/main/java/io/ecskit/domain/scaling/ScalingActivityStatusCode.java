package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (ScalingActivityStatusCode). */
public enum ScalingActivityStatusCode implements WireValue {
    /** {@code Pending}. */
    PENDING("Pending"),
    /** {@code InProgress}. */
    INPROGRESS("InProgress"),
    /** {@code Successful}. */
    SUCCESSFUL("Successful"),
    /** {@code Overridden}. */
    OVERRIDDEN("Overridden"),
    /** {@code Unfulfilled}. */
    UNFULFILLED("Unfulfilled"),
    /** {@code Failed}. */
    FAILED("Failed");

    private final String wire;

    ScalingActivityStatusCode(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
