package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One revision of a service: the task definition and service settings a deployment runs, with the image digests resolved when it was created (DescribeServiceRevisions).
 *
 * @param serviceRevisionArn ARN of the revision.
 * @param serviceArn The service.
 * @param clusterArn The cluster.
 * @param taskDefinition ARN of the task definition revision.
 * @param capacityProviderStrategy Capacity provider strategy.
 * @param launchType Launch type.
 * @param platformVersion Fargate platform version.
 * @param platformFamily Platform family (Linux, Windows...).
 * @param loadBalancers Load balancers.
 * @param serviceRegistries Service discovery registries.
 * @param networkConfiguration Network configuration (awsvpc).
 * @param containerImages Each container's image and resolved digest.
 * @param guardDutyEnabled Whether GuardDuty runtime monitoring runs in the tasks.
 * @param serviceConnectConfiguration Service Connect.
 * @param volumeConfigurations Volumes configured at deployment.
 * @param fargateEphemeralStorage Fargate ephemeral storage.
 * @param createdAt When the revision was created.
 * @param vpcLatticeConfigurations VPC Lattice configurations.
 * @param gatewayConnectors Gateway connectors.
 * @param monitoring Monitoring configuration.
 */
@Value.Builder
public record ServiceRevision(
        String serviceRevisionArn,
        Option<String> serviceArn,
        Option<String> clusterArn,
        Option<String> taskDefinition,
        List<io.ecskit.domain.CapacityProviderStrategyItem> capacityProviderStrategy,
        Option<io.ecskit.domain.LaunchType> launchType,
        Option<String> platformVersion,
        Option<String> platformFamily,
        List<LoadBalancer> loadBalancers,
        List<ServiceRegistry> serviceRegistries,
        Option<io.ecskit.domain.NetworkConfiguration> networkConfiguration,
        List<ContainerImage> containerImages,
        Option<Boolean> guardDutyEnabled,
        Option<ServiceConnectConfiguration> serviceConnectConfiguration,
        List<ServiceVolumeConfiguration> volumeConfigurations,
        Option<DeploymentEphemeralStorage> fargateEphemeralStorage,
        Option<java.time.Instant> createdAt,
        List<VpcLatticeConfiguration> vpcLatticeConfigurations,
        List<GatewayConnector> gatewayConnectors,
        Option<MonitoringConfiguration> monitoring) {

    /**
     * A null optional component becomes absent and a null list empty, as the builder leaves unset ones;
     * {@code serviceRevisionArn} is kept as given.
     */
    public ServiceRevision {
        serviceArn = serviceArn == null ? Option.none() : serviceArn;
        clusterArn = clusterArn == null ? Option.none() : clusterArn;
        taskDefinition = taskDefinition == null ? Option.none() : taskDefinition;
        capacityProviderStrategy = capacityProviderStrategy == null ? List.empty() : capacityProviderStrategy;
        launchType = launchType == null ? Option.none() : launchType;
        platformVersion = platformVersion == null ? Option.none() : platformVersion;
        platformFamily = platformFamily == null ? Option.none() : platformFamily;
        loadBalancers = loadBalancers == null ? List.empty() : loadBalancers;
        serviceRegistries = serviceRegistries == null ? List.empty() : serviceRegistries;
        networkConfiguration = networkConfiguration == null ? Option.none() : networkConfiguration;
        containerImages = containerImages == null ? List.empty() : containerImages;
        guardDutyEnabled = guardDutyEnabled == null ? Option.none() : guardDutyEnabled;
        serviceConnectConfiguration = serviceConnectConfiguration == null ? Option.none() : serviceConnectConfiguration;
        volumeConfigurations = volumeConfigurations == null ? List.empty() : volumeConfigurations;
        fargateEphemeralStorage = fargateEphemeralStorage == null ? Option.none() : fargateEphemeralStorage;
        createdAt = createdAt == null ? Option.none() : createdAt;
        vpcLatticeConfigurations = vpcLatticeConfigurations == null ? List.empty() : vpcLatticeConfigurations;
        gatewayConnectors = gatewayConnectors == null ? List.empty() : gatewayConnectors;
        monitoring = monitoring == null ? Option.none() : monitoring;
    }

    /** A builder with every optional component absent and every list empty. */
    public static ServiceRevisionBuilder builder() {
        return new ServiceRevisionBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceRevisionBuilder toBuilder() {
        return new ServiceRevisionBuilder().from(this);
    }
}
