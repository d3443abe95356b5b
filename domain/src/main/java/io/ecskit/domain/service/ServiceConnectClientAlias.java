package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A name and port clients use to reach a Service Connect endpoint.
 *
 * @param port Port clients connect to (required), 0..65535.
 * @param dnsName Name clients connect to; discoveryName.namespace by default.
 * @param testTrafficRules Header rules that route requests to the new revision during a blue/green deployment.
 */
@Value.Builder
public record ServiceConnectClientAlias(
        int port,
        Option<String> dnsName,
        Option<ServiceConnectTestTrafficRules> testTrafficRules) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectClientAliasBuilder builder() {
        return new ServiceConnectClientAliasBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectClientAliasBuilder toBuilder() {
        return new ServiceConnectClientAliasBuilder().from(this);
    }
}
