package io.ecskit.domain;

/** Whose tags ECS copies onto the tasks or volumes it creates. */
public enum PropagateTags implements WireValue {
    TASK_DEFINITION("TASK_DEFINITION"),
    SERVICE("SERVICE"),
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
