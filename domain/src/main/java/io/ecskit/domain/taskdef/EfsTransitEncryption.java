package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Whether EFS data in transit is encrypted. */
public enum EfsTransitEncryption implements WireValue {
    /** Encrypt EFS traffic between the ECS host and the EFS server with TLS; required for IAM authorization. */
    ENABLED("ENABLED"),
    /** No encryption in transit (ECS's default). */
    DISABLED("DISABLED");

    private final String wire;

    EfsTransitEncryption(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
