package io.ecskit.domain.gateway;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * A header-based rule that identifies test traffic for progressive deployments. Source: ECS API reference (GatewayTestTrafficHeader).
 *
 * @param name The name of the header to match for test traffic routing. (required)
 * @param values The header values to match for test traffic routing. (required)
 */
@Value.Builder
public record GatewayTestTrafficHeader(
        String name,
        List<String> values) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayTestTrafficHeaderBuilder builder() {
        return new GatewayTestTrafficHeaderBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayTestTrafficHeaderBuilder toBuilder() {
        return new GatewayTestTrafficHeaderBuilder().from(this);
    }
}
