package io.ecskit.domain.service;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Access types a gateway connector serves.
 *
 * @param accessTypes PUBLIC and/or PRIVATE.
 */
@Value.Builder
public record GatewayConnectorFilters(
        List<AccessType> accessTypes) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayConnectorFiltersBuilder builder() {
        return new GatewayConnectorFiltersBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayConnectorFiltersBuilder toBuilder() {
        return new GatewayConnectorFiltersBuilder().from(this);
    }
}
