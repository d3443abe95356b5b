package io.ecskit.domain;

/** Whether awsvpc interfaces get a public IP address. */
public enum AssignPublicIp implements WireValue {
    /**
     * The task's network interface gets a public IPv4 address, e.g. for a Fargate task in a public subnet to pull
     * images without a NAT gateway.
     */
    ENABLED("ENABLED"),
    /** Private addresses only; ECS's default. */
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
