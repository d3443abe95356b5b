package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Whether the task role authorizes an EFS mount. */
public enum EfsAuthorizationConfigIam implements WireValue {
    /** Mount with the task's IAM role, so EFS file system policies apply; needs transit encryption ENABLED. */
    ENABLED("ENABLED"),
    /** Mount without IAM authorization (ECS's default). */
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
