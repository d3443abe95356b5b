package io.ecskit.domain.taskdef;

import io.ecskit.domain.Attribute;
import io.ecskit.domain.Flattened;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.Instant;

/**
 * A revision of a task family as DescribeTaskDefinition answers it: the definition as ECS stores
 * it (its defaults filled in, its tags from the response's {@code tags}), and what ECS added.
 *
 * @param definition The definition as registered; its members sit beside the ones below in AWS's {@code taskDefinition}.
 * @param taskDefinitionArn ARN of this revision, arn:aws:ecs:region:account:task-definition/family:revision.
 * @param revision Revision number within the family: 1, 2, 3 ..., never reused.
 * @param status ACTIVE, INACTIVE after DeregisterTaskDefinition, DELETE_IN_PROGRESS after DeleteTaskDefinitions.
 * @param requiresAttributes Container instance attributes ECS derived as required to place the task (EC2).
 * @param compatibilities Launch types the registered revision is compatible with, as ECS computed them.
 * @param registeredAt When the revision was registered.
 * @param deregisteredAt When the revision was deregistered; absent while ACTIVE.
 * @param deleteRequestedAt When deletion of the revision was requested; absent unless DELETE_IN_PROGRESS.
 * @param registeredBy ARN of the principal that registered the revision.
 */
@Value.Builder
public record RegisteredTaskDefinition(
        @Flattened TaskDefinition definition,
        TaskDefinitionArn taskDefinitionArn,
        int revision,
        TaskDefinitionStatus status,
        List<Attribute> requiresAttributes,
        List<Compatibility> compatibilities,
        Option<Instant> registeredAt,
        Option<Instant> deregisteredAt,
        Option<Instant> deleteRequestedAt,
        Option<String> registeredBy) {

    /** A builder with every optional component absent and every list empty. */
    public static RegisteredTaskDefinitionBuilder builder() {
        return new RegisteredTaskDefinitionBuilder();
    }

    /** A builder holding this record's values. */
    public RegisteredTaskDefinitionBuilder toBuilder() {
        return new RegisteredTaskDefinitionBuilder().from(this);
    }

    /** The family this is a revision of. */
    public String family() {
        return definition.family();
    }
}
