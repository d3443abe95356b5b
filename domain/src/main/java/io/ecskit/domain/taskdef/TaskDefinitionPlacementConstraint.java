package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A placement constraint of a task definition (EC2 only).
 *
 * @param type Constraint type: memberOf.
 * @param expression Cluster query language expression the instance must satisfy.
 */
@Value.Builder
public record TaskDefinitionPlacementConstraint(
        Option<TaskDefinitionPlacementConstraintType> type,
        Option<String> expression) {

    /** A builder with every optional component absent and every list empty. */
    public static TaskDefinitionPlacementConstraintBuilder builder() {
        return new TaskDefinitionPlacementConstraintBuilder();
    }

    /** A builder holding this record's values. */
    public TaskDefinitionPlacementConstraintBuilder toBuilder() {
        return new TaskDefinitionPlacementConstraintBuilder().from(this);
    }
}
