package io.ecskit.domain.capacity;

import io.ecskit.domain.WireValue;

/** The state of a capacity provider's last create, update or delete. Source: ECS API reference, CapacityProvider.updateStatus. */
public enum CapacityProviderUpdateStatus implements WireValue {
    /** {@code CREATE_IN_PROGRESS}: create in progress. */
    CREATE_IN_PROGRESS("CREATE_IN_PROGRESS"),
    /** {@code CREATE_COMPLETE}: create complete. */
    CREATE_COMPLETE("CREATE_COMPLETE"),
    /** {@code CREATE_FAILED}: create failed. */
    CREATE_FAILED("CREATE_FAILED"),
    /** {@code DELETE_IN_PROGRESS}: delete in progress. */
    DELETE_IN_PROGRESS("DELETE_IN_PROGRESS"),
    /** {@code DELETE_COMPLETE}: delete complete. */
    DELETE_COMPLETE("DELETE_COMPLETE"),
    /** {@code DELETE_FAILED}: delete failed. */
    DELETE_FAILED("DELETE_FAILED"),
    /** {@code UPDATE_IN_PROGRESS}: update in progress. */
    UPDATE_IN_PROGRESS("UPDATE_IN_PROGRESS"),
    /** {@code UPDATE_COMPLETE}: update complete. */
    UPDATE_COMPLETE("UPDATE_COMPLETE"),
    /** {@code UPDATE_FAILED}: update failed. */
    UPDATE_FAILED("UPDATE_FAILED");

    private final String wire;

    CapacityProviderUpdateStatus(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
