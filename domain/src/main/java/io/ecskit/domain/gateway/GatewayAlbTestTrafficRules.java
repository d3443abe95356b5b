package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The rules that route test traffic to services behind a gateway during progressive deployments. Source: ECS API reference (GatewayAlbTestTrafficRules).
 *
 * @param header The header-based rule that identifies test traffic.
 */
@Value.Builder
public record GatewayAlbTestTrafficRules(
        Option<GatewayTestTrafficHeader> header) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayAlbTestTrafficRulesBuilder builder() {
        return new GatewayAlbTestTrafficRulesBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayAlbTestTrafficRulesBuilder toBuilder() {
        return new GatewayAlbTestTrafficRulesBuilder().from(this);
    }
}
