package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Settings of the Service Connect proxy container.
 *
 * @param logLevel Log level of the proxy: debug or info.
 */
@Value.Builder
public record ServiceConnectContainerConfiguration(
        Option<ServiceConnectContainerLogLevel> logLevel) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectContainerConfigurationBuilder builder() {
        return new ServiceConnectContainerConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectContainerConfigurationBuilder toBuilder() {
        return new ServiceConnectContainerConfigurationBuilder().from(this);
    }
}
