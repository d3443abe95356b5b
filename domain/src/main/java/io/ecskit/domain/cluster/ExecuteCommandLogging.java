package io.ecskit.domain.cluster;

import io.ecskit.domain.WireValue;

/** Where ECS Exec session logs go. */
public enum ExecuteCommandLogging implements WireValue {
    /** ECS Exec sessions are not logged. */
    NONE("NONE"),
    /**
     * Sessions are logged with the awslogs configuration of the task definition (not at all without one); ECS's
     * default.
     */
    DEFAULT("DEFAULT"),
    /**
     * Sessions are logged as the cluster's {@code logConfiguration} says (required with this value): CloudWatch Logs
     * and/or S3.
     */
    OVERRIDE("OVERRIDE");

    private final String wire;

    ExecuteCommandLogging(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
