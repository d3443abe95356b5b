package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (ScalableDimension). */
public enum ScalableDimension implements WireValue {
    /** {@code ecs:service:DesiredCount}. */
    ECS_SERVICE_DESIREDCOUNT("ecs:service:DesiredCount"),
    /** {@code ec2:spot-fleet-request:TargetCapacity}. */
    EC2_SPOT_FLEET_REQUEST_TARGETCAPACITY("ec2:spot-fleet-request:TargetCapacity"),
    /** {@code elasticmapreduce:instancegroup:InstanceCount}. */
    ELASTICMAPREDUCE_INSTANCEGROUP_INSTANCECOUNT("elasticmapreduce:instancegroup:InstanceCount"),
    /** {@code appstream:fleet:DesiredCapacity}. */
    APPSTREAM_FLEET_DESIREDCAPACITY("appstream:fleet:DesiredCapacity"),
    /** {@code dynamodb:table:ReadCapacityUnits}. */
    DYNAMODB_TABLE_READCAPACITYUNITS("dynamodb:table:ReadCapacityUnits"),
    /** {@code dynamodb:table:WriteCapacityUnits}. */
    DYNAMODB_TABLE_WRITECAPACITYUNITS("dynamodb:table:WriteCapacityUnits"),
    /** {@code dynamodb:index:ReadCapacityUnits}. */
    DYNAMODB_INDEX_READCAPACITYUNITS("dynamodb:index:ReadCapacityUnits"),
    /** {@code dynamodb:index:WriteCapacityUnits}. */
    DYNAMODB_INDEX_WRITECAPACITYUNITS("dynamodb:index:WriteCapacityUnits"),
    /** {@code rds:cluster:ReadReplicaCount}. */
    RDS_CLUSTER_READREPLICACOUNT("rds:cluster:ReadReplicaCount"),
    /** {@code sagemaker:variant:DesiredInstanceCount}. */
    SAGEMAKER_VARIANT_DESIREDINSTANCECOUNT("sagemaker:variant:DesiredInstanceCount"),
    /** {@code custom-resource:ResourceType:Property}. */
    CUSTOM_RESOURCE_RESOURCETYPE_PROPERTY("custom-resource:ResourceType:Property"),
    /** {@code comprehend:document-classifier-endpoint:DesiredInferenceUnits}. */
    COMPREHEND_DOCUMENT_CLASSIFIER_ENDPOINT_DESIREDINFERENCEUNITS("comprehend:document-classifier-endpoint:DesiredInferenceUnits"),
    /** {@code comprehend:entity-recognizer-endpoint:DesiredInferenceUnits}. */
    COMPREHEND_ENTITY_RECOGNIZER_ENDPOINT_DESIREDINFERENCEUNITS("comprehend:entity-recognizer-endpoint:DesiredInferenceUnits"),
    /** {@code lambda:function:ProvisionedConcurrency}. */
    LAMBDA_FUNCTION_PROVISIONEDCONCURRENCY("lambda:function:ProvisionedConcurrency"),
    /** {@code cassandra:table:ReadCapacityUnits}. */
    CASSANDRA_TABLE_READCAPACITYUNITS("cassandra:table:ReadCapacityUnits"),
    /** {@code cassandra:table:WriteCapacityUnits}. */
    CASSANDRA_TABLE_WRITECAPACITYUNITS("cassandra:table:WriteCapacityUnits"),
    /** {@code kafka:broker-storage:VolumeSize}. */
    KAFKA_BROKER_STORAGE_VOLUMESIZE("kafka:broker-storage:VolumeSize"),
    /** {@code elasticache:cache-cluster:Nodes}. */
    ELASTICACHE_CACHE_CLUSTER_NODES("elasticache:cache-cluster:Nodes"),
    /** {@code elasticache:replication-group:NodeGroups}. */
    ELASTICACHE_REPLICATION_GROUP_NODEGROUPS("elasticache:replication-group:NodeGroups"),
    /** {@code elasticache:replication-group:Replicas}. */
    ELASTICACHE_REPLICATION_GROUP_REPLICAS("elasticache:replication-group:Replicas"),
    /** {@code neptune:cluster:ReadReplicaCount}. */
    NEPTUNE_CLUSTER_READREPLICACOUNT("neptune:cluster:ReadReplicaCount"),
    /** {@code sagemaker:variant:DesiredProvisionedConcurrency}. */
    SAGEMAKER_VARIANT_DESIREDPROVISIONEDCONCURRENCY("sagemaker:variant:DesiredProvisionedConcurrency"),
    /** {@code sagemaker:inference-component:DesiredCopyCount}. */
    SAGEMAKER_INFERENCE_COMPONENT_DESIREDCOPYCOUNT("sagemaker:inference-component:DesiredCopyCount"),
    /** {@code workspaces:workspacespool:DesiredUserSessions}. */
    WORKSPACES_WORKSPACESPOOL_DESIREDUSERSESSIONS("workspaces:workspacespool:DesiredUserSessions");

    private final String wire;

    ScalableDimension(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
