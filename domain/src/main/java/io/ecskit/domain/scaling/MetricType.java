package io.ecskit.domain.scaling;

import io.ecskit.domain.WireValue;

/** See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (MetricType). */
public enum MetricType implements WireValue {
    /** {@code DynamoDBReadCapacityUtilization}. */
    DYNAMODBREADCAPACITYUTILIZATION("DynamoDBReadCapacityUtilization"),
    /** {@code DynamoDBWriteCapacityUtilization}. */
    DYNAMODBWRITECAPACITYUTILIZATION("DynamoDBWriteCapacityUtilization"),
    /** {@code ALBRequestCountPerTarget}. */
    ALB_REQUEST_COUNT_PER_TARGET("ALBRequestCountPerTarget"),
    /** {@code RDSReaderAverageCPUUtilization}. */
    RDSREADERAVERAGECPUUTILIZATION("RDSReaderAverageCPUUtilization"),
    /** {@code RDSReaderAverageDatabaseConnections}. */
    RDSREADERAVERAGEDATABASECONNECTIONS("RDSReaderAverageDatabaseConnections"),
    /** {@code EC2SpotFleetRequestAverageCPUUtilization}. */
    EC2SPOTFLEETREQUESTAVERAGECPUUTILIZATION("EC2SpotFleetRequestAverageCPUUtilization"),
    /** {@code EC2SpotFleetRequestAverageNetworkIn}. */
    EC2SPOTFLEETREQUESTAVERAGENETWORKIN("EC2SpotFleetRequestAverageNetworkIn"),
    /** {@code EC2SpotFleetRequestAverageNetworkOut}. */
    EC2SPOTFLEETREQUESTAVERAGENETWORKOUT("EC2SpotFleetRequestAverageNetworkOut"),
    /** {@code SageMakerVariantInvocationsPerInstance}. */
    SAGEMAKERVARIANTINVOCATIONSPERINSTANCE("SageMakerVariantInvocationsPerInstance"),
    /** {@code ECSServiceAverageCPUUtilization}. */
    ECS_SERVICE_AVERAGE_CPU_UTILIZATION("ECSServiceAverageCPUUtilization"),
    /** {@code ECSServiceAverageMemoryUtilization}. */
    ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION("ECSServiceAverageMemoryUtilization"),
    /** {@code AppStreamAverageCapacityUtilization}. */
    APPSTREAMAVERAGECAPACITYUTILIZATION("AppStreamAverageCapacityUtilization"),
    /** {@code ComprehendInferenceUtilization}. */
    COMPREHENDINFERENCEUTILIZATION("ComprehendInferenceUtilization"),
    /** {@code LambdaProvisionedConcurrencyUtilization}. */
    LAMBDAPROVISIONEDCONCURRENCYUTILIZATION("LambdaProvisionedConcurrencyUtilization"),
    /** {@code CassandraReadCapacityUtilization}. */
    CASSANDRAREADCAPACITYUTILIZATION("CassandraReadCapacityUtilization"),
    /** {@code CassandraWriteCapacityUtilization}. */
    CASSANDRAWRITECAPACITYUTILIZATION("CassandraWriteCapacityUtilization"),
    /** {@code KafkaBrokerStorageUtilization}. */
    KAFKABROKERSTORAGEUTILIZATION("KafkaBrokerStorageUtilization"),
    /** {@code ElastiCacheEngineCPUUtilization}. */
    ELASTICACHEENGINECPUUTILIZATION("ElastiCacheEngineCPUUtilization"),
    /** {@code ElastiCacheDatabaseMemoryUsagePercentage}. */
    ELASTICACHEDATABASEMEMORYUSAGEPERCENTAGE("ElastiCacheDatabaseMemoryUsagePercentage"),
    /** {@code ElastiCachePrimaryEngineCPUUtilization}. */
    ELASTICACHEPRIMARYENGINECPUUTILIZATION("ElastiCachePrimaryEngineCPUUtilization"),
    /** {@code ElastiCacheReplicaEngineCPUUtilization}. */
    ELASTICACHEREPLICAENGINECPUUTILIZATION("ElastiCacheReplicaEngineCPUUtilization"),
    /** {@code ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage}. */
    ELASTICACHEDATABASEMEMORYUSAGECOUNTEDFOREVICTPERCENTAGE("ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage"),
    /** {@code NeptuneReaderAverageCPUUtilization}. */
    NEPTUNEREADERAVERAGECPUUTILIZATION("NeptuneReaderAverageCPUUtilization"),
    /** {@code SageMakerVariantProvisionedConcurrencyUtilization}. */
    SAGEMAKERVARIANTPROVISIONEDCONCURRENCYUTILIZATION("SageMakerVariantProvisionedConcurrencyUtilization"),
    /** {@code ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage}. */
    ELASTICACHEDATABASECAPACITYUSAGECOUNTEDFOREVICTPERCENTAGE("ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage"),
    /** {@code SageMakerInferenceComponentInvocationsPerCopy}. */
    SAGEMAKERINFERENCECOMPONENTINVOCATIONSPERCOPY("SageMakerInferenceComponentInvocationsPerCopy"),
    /** {@code WorkSpacesAverageUserSessionsCapacityUtilization}. */
    WORKSPACESAVERAGEUSERSESSIONSCAPACITYUTILIZATION("WorkSpacesAverageUserSessionsCapacityUtilization"),
    /** {@code SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution}. */
    SAGEMAKERINFERENCECOMPONENTCONCURRENTREQUESTSPERCOPYHIGHRESOLUTION("SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution"),
    /** {@code SageMakerVariantConcurrentRequestsPerModelHighResolution}. */
    SAGEMAKERVARIANTCONCURRENTREQUESTSPERMODELHIGHRESOLUTION("SageMakerVariantConcurrentRequestsPerModelHighResolution");

    private final String wire;

    MetricType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
