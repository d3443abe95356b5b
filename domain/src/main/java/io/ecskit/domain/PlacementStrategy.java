package io.ecskit.domain;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A placement strategy rule of a service or task (EC2).
 *
 * @param type random, spread (over field) or binpack (on field: cpu or memory).
 * @param field What spread or binpack applies to, e.g. attribute:ecs.availability-zone, instanceId, cpu, memory.
 */
@Value.Builder
public record PlacementStrategy(
        Option<PlacementStrategyType> type,
        Option<String> field) {

    /** A builder with every optional component absent and every list empty. */
    public static PlacementStrategyBuilder builder() {
        return new PlacementStrategyBuilder();
    }

    /** A builder holding this record's values. */
    public PlacementStrategyBuilder toBuilder() {
        return new PlacementStrategyBuilder().from(this);
    }
}
