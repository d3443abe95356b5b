package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (VpcEncryptionControlState). */
public enum VpcEncryptionControlState implements WireValue {
    /** {@code enforce-in-progress}. */
    ENFORCE_IN_PROGRESS("enforce-in-progress"),
    /** {@code monitor-in-progress}. */
    MONITOR_IN_PROGRESS("monitor-in-progress"),
    /** {@code enforce-failed}. */
    ENFORCE_FAILED("enforce-failed"),
    /** {@code monitor-failed}. */
    MONITOR_FAILED("monitor-failed"),
    /** {@code deleting}. */
    DELETING("deleting"),
    /** {@code deleted}. */
    DELETED("deleted"),
    /** {@code available}. */
    AVAILABLE("available"),
    /** {@code creating}. */
    CREATING("creating"),
    /** {@code delete-failed}. */
    DELETE_FAILED("delete-failed");

    private final String wire;

    VpcEncryptionControlState(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
