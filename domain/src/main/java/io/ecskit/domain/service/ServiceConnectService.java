package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An endpoint a service offers through Service Connect.
 *
 * @param portName Name of a port mapping in the task definition this endpoint serves (required).
 * @param discoveryName Name in Cloud Map for this endpoint; portName by default.
 * @param clientAliases Names and ports clients use to reach the endpoint.
 * @param ingressPortOverride Port the proxy listens on for inbound traffic, 0..65535.
 * @param timeout Idle and per-request timeouts.
 * @param tls TLS settings for the endpoint.
 */
@Value.Builder
public record ServiceConnectService(
        String portName,
        Option<String> discoveryName,
        List<ServiceConnectClientAlias> clientAliases,
        Option<Integer> ingressPortOverride,
        Option<TimeoutConfiguration> timeout,
        Option<ServiceConnectTlsConfiguration> tls) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectServiceBuilder builder() {
        return new ServiceConnectServiceBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectServiceBuilder toBuilder() {
        return new ServiceConnectServiceBuilder().from(this);
    }
}
