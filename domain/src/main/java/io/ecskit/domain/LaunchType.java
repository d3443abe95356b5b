package io.ecskit.domain;

/** Where tasks run: Fargate, EC2 container instances, external (ECS Anywhere) hosts or ECS Managed Instances. */
public enum LaunchType implements WireValue {
    EC2("EC2"),
    FARGATE("FARGATE"),
    EXTERNAL("EXTERNAL"),
    MANAGED_INSTANCES("MANAGED_INSTANCES");

    private final String wire;

    LaunchType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
