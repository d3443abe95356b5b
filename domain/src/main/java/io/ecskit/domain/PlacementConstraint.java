package io.ecskit.domain;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A placement constraint of a service or task (EC2).
 *
 * @param type distinctInstance (one task per instance) or memberOf (an expression).
 * @param expression Cluster query language expression (memberOf only).
 */
@Value.Builder
public record PlacementConstraint(
        Option<PlacementConstraintType> type,
        Option<String> expression) {

    /** A builder with every optional component absent and every list empty. */
    public static PlacementConstraintBuilder builder() {
        return new PlacementConstraintBuilder();
    }

    /** A builder holding this record's values. */
    public PlacementConstraintBuilder toBuilder() {
        return new PlacementConstraintBuilder().from(this);
    }
}
