package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.control.Option;

/** Where tasks run: Fargate, EC2 container instances, or external (ECS Anywhere) hosts. */
public enum LaunchType implements WireValue {
    EC2("EC2"),
    FARGATE("FARGATE"),
    EXTERNAL("EXTERNAL");

    private final String wire;

    LaunchType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Option<LaunchType> fromWire(String wire) {
        return WireValue.parse(LaunchType.class, wire);
    }
}
