package io.ecskit.json;

import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A task definition read from JSON, the warnings about fields ecskit does not know, and, when
 * the JSON was describe-task-definition output, what ECS had filled in (ARN, revision, status).
 */
public record ParsedTaskDefinition(
        TaskDefinition definition, Seq<JsonWarning> warnings,
        Option<String> taskDefinitionArn, Option<Integer> revision, Option<String> status) {
}
