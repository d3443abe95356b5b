package io.ecskit.domain.service;

import org.immutables.value.Value;

/**
 * What a test-traffic header's value must match.
 *
 * @param exact The exact header value (required).
 */
@Value.Builder
public record ServiceConnectTestTrafficHeaderMatchRules(
        String exact) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectTestTrafficHeaderMatchRulesBuilder builder() {
        return new ServiceConnectTestTrafficHeaderMatchRulesBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectTestTrafficHeaderMatchRulesBuilder toBuilder() {
        return new ServiceConnectTestTrafficHeaderMatchRulesBuilder().from(this);
    }
}
