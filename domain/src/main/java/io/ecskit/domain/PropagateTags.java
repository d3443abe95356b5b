package io.ecskit.domain;

/** Whose tags ECS copies onto the tasks or volumes it creates. */
public enum PropagateTags implements WireValue {
    /** Copy the task definition's tags onto the tasks (or volumes). */
    TASK_DEFINITION("TASK_DEFINITION"),
    /** Copy the service's tags onto its tasks (or volumes). */
    SERVICE("SERVICE"),
    /** Copy no tags; ECS's default. */
    NONE("NONE");

    private final String wire;

    PropagateTags(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
