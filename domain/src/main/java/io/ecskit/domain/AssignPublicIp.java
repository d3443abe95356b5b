package io.ecskit.domain;

/** Whether awsvpc interfaces get a public IP address. */
public enum AssignPublicIp implements WireValue {
    ENABLED("ENABLED"),
    DISABLED("DISABLED");

    private final String wire;

    AssignPublicIp(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
