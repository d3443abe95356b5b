package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Whether the task role authorizes an EFS mount. */
public enum EfsAuthorizationConfigIam implements WireValue {
    ENABLED("ENABLED"),
    DISABLED("DISABLED");

    private final String wire;

    EfsAuthorizationConfigIam(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
