package io.ecskit.domain.taskdef;

import io.vavr.control.Option;

/** A task placement constraint (memberOf with a cluster query expression); not on Fargate. */
public record PlacementConstraint(String type, Option<String> expression) {

    public PlacementConstraint {
        expression = expression == null ? Option.none() : expression;
    }
}
