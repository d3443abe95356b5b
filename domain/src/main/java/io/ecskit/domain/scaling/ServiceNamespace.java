package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (ServiceNamespace). */
public enum ServiceNamespace implements WireValue {
    /** {@code ecs}. */
    ECS("ecs"),
    /** {@code elasticmapreduce}. */
    ELASTICMAPREDUCE("elasticmapreduce"),
    /** {@code ec2}. */
    EC2("ec2"),
    /** {@code appstream}. */
    APPSTREAM("appstream"),
    /** {@code dynamodb}. */
    DYNAMODB("dynamodb"),
    /** {@code rds}. */
    RDS("rds"),
    /** {@code sagemaker}. */
    SAGEMAKER("sagemaker"),
    /** {@code custom-resource}. */
    CUSTOM_RESOURCE("custom-resource"),
    /** {@code comprehend}. */
    COMPREHEND("comprehend"),
    /** {@code lambda}. */
    LAMBDA("lambda"),
    /** {@code cassandra}. */
    CASSANDRA("cassandra"),
    /** {@code kafka}. */
    KAFKA("kafka"),
    /** {@code elasticache}. */
    ELASTICACHE("elasticache"),
    /** {@code neptune}. */
    NEPTUNE("neptune"),
    /** {@code workspaces}. */
    WORKSPACES("workspaces");

    private final String wire;

    ServiceNamespace(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
