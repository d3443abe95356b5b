package io.ecskit.domain;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One capacity provider of a strategy, with its weight and base.
 *
 * @param capacityProvider Name of the capacity provider (FARGATE, FARGATE_SPOT or an Auto Scaling group provider) (required).
 * @param weight Relative share of tasks placed on this provider, 0..1000.
 * @param base Tasks placed on this provider first, 0..100000; only one provider may have a base.
 */
@Value.Builder
public record CapacityProviderStrategyItem(
        String capacityProvider,
        Option<Integer> weight,
        Option<Integer> base) {

    /** A builder with every optional component absent and every list empty. */
    public static CapacityProviderStrategyItemBuilder builder() {
        return new CapacityProviderStrategyItemBuilder();
    }

    /** A builder holding this record's values. */
    public CapacityProviderStrategyItemBuilder toBuilder() {
        return new CapacityProviderStrategyItemBuilder().from(this);
    }
}
