package io.ecskit.domain.capacity;

import io.ecskit.domain.WireValue;

/** What capacity a provider offers. Source: ECS API reference, CapacityProvider.type. */
public enum CapacityProviderType implements WireValue {
    /** {@code EC2_AUTOSCALING}: EC2 instances of an Auto Scaling group. */
    EC2_AUTOSCALING("EC2_AUTOSCALING"),
    /** {@code MANAGED_INSTANCES}: ECS Managed Instances. */
    MANAGED_INSTANCES("MANAGED_INSTANCES"),
    /** {@code FARGATE}: Fargate (built in). */
    FARGATE("FARGATE"),
    /** {@code FARGATE_SPOT}: Fargate Spot (built in). */
    FARGATE_SPOT("FARGATE_SPOT");

    private final String wire;

    CapacityProviderType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
