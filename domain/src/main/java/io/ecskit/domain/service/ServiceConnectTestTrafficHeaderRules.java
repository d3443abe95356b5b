package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A header that marks test traffic.
 *
 * @param name Header name (required).
 * @param value What the header value must match.
 */
@Value.Builder
public record ServiceConnectTestTrafficHeaderRules(
        String name,
        Option<ServiceConnectTestTrafficHeaderMatchRules> value) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceConnectTestTrafficHeaderRulesBuilder builder() {
        return new ServiceConnectTestTrafficHeaderRulesBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceConnectTestTrafficHeaderRulesBuilder toBuilder() {
        return new ServiceConnectTestTrafficHeaderRulesBuilder().from(this);
    }
}
