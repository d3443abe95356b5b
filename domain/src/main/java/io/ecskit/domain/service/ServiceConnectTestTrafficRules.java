package io.ecskit.domain.service;

import org.immutables.value.Value;

/**
 * Which requests count as test traffic during a blue/green deployment.
 *
 * @param header The HTTP header whose match makes a request test traffic.
 */
@Value.Builder
public record ServiceConnectTestTrafficRules(
        ServiceConnectTestTrafficHeaderRules header) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectTestTrafficRulesBuilder builder() {
        return new ServiceConnectTestTrafficRulesBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectTestTrafficRulesBuilder toBuilder() {
        return new ServiceConnectTestTrafficRulesBuilder().from(this);
    }
}
