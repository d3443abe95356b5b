package io.ecskit.domain.service;

import io.ecskit.domain.taskdef.LogConfiguration;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Service Connect settings of a service.
 *
 * @param enabled Whether Service Connect is on for the service (required).
 * @param namespace Cloud Map namespace (name or ARN) the service joins; the cluster's default namespace when absent.
 * @param services Endpoints this service offers to others (client-only when empty).
 * @param logConfiguration Log configuration of the Service Connect proxy container.
 * @param accessLogConfiguration Access logs of the Service Connect proxy.
 * @param containerConfigurations Settings of the Service Connect proxy container.
 */
@Value.Builder
public record ServiceConnectConfiguration(
        boolean enabled,
        Option<String> namespace,
        List<ServiceConnectService> services,
        Option<LogConfiguration> logConfiguration,
        Option<ServiceConnectAccessLogConfiguration> accessLogConfiguration,
        List<ServiceConnectContainerConfiguration> containerConfigurations) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectConfigurationBuilder builder() {
        return new ServiceConnectConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectConfigurationBuilder toBuilder() {
        return new ServiceConnectConfigurationBuilder().from(this);
    }
}
