package io.ecskit.domain.task;

import io.ecskit.domain.WireValue;

/** Agents ECS runs beside containers. */
public enum ManagedAgentName implements WireValue {
    /**
     * {@code ExecuteCommandAgent}: the SSM agent ECS Exec uses, present when the task was started with
     * {@code enableExecuteCommand}.
     */
    EXECUTE_COMMAND_AGENT("ExecuteCommandAgent");

    private final String wire;

    ManagedAgentName(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
