package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A Cloud Map service Service Connect created.
 *
 * @param discoveryName Discovery name of the Cloud Map service.
 * @param discoveryArn ARN of the Cloud Map service.
 */
@Value.Builder
public record ServiceConnectServiceResource(
        Option<String> discoveryName,
        Option<String> discoveryArn) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectServiceResourceBuilder builder() {
        return new ServiceConnectServiceResourceBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectServiceResourceBuilder toBuilder() {
        return new ServiceConnectServiceResourceBuilder().from(this);
    }
}
