package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Access logging of the Service Connect proxy.
 *
 * @param format Access log format: TEXT or JSON (required).
 * @param includeQueryParameters Whether query strings appear in access logs (ENABLED / DISABLED).
 */
@Value.Builder
public record ServiceConnectAccessLogConfiguration(
        ServiceConnectAccessLoggingFormat format,
        Option<ServiceConnectIncludeQueryParameters> includeQueryParameters) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectAccessLogConfigurationBuilder builder() {
        return new ServiceConnectAccessLogConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectAccessLogConfigurationBuilder toBuilder() {
        return new ServiceConnectAccessLogConfigurationBuilder().from(this);
    }
}
