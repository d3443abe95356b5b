package io.ecskit.domain;

/** Where tasks run: Fargate, EC2 container instances, external (ECS Anywhere) hosts or ECS Managed Instances. */
public enum LaunchType implements WireValue {
    /** EC2 instances registered to the cluster as container instances, which the account manages. */
    EC2("EC2"),
    /** AWS Fargate: serverless capacity per task, awsvpc networking only. */
    FARGATE("FARGATE"),
    /** On-premises servers or VMs registered to the cluster with ECS Anywhere. */
    EXTERNAL("EXTERNAL"),
    /** ECS Managed Instances: EC2 instances that ECS provisions, patches and scales for the cluster. */
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
