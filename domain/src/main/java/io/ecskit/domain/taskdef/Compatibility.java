package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Launch types a task definition is validated against and compatible with. */
public enum Compatibility implements WireValue {
    /** EC2 instances registered to the cluster as container instances. */
    EC2("EC2"),
    /** AWS Fargate, serverless capacity; requires the awsvpc network mode and task-level cpu and memory. */
    FARGATE("FARGATE"),
    /** On-premises servers or VMs registered to the cluster with ECS Anywhere. */
    EXTERNAL("EXTERNAL"),
    /** ECS Managed Instances: EC2 instances ECS provisions and manages for the cluster. */
    MANAGED_INSTANCES("MANAGED_INSTANCES");

    private final String wire;

    Compatibility(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
