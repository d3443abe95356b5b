package io.ecskit.port.out;

import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Task definitions of one region: families and their revisions. */
public interface TaskDefinitionPort {

    /** RegisterTaskDefinition: the next revision of the family (numbers are never reused). */
    Either<EcsError, RegisteredTaskDefinition> register(TaskDefinition definition);

    /**
     * DescribeTaskDefinition: {@code family} means its latest ACTIVE revision; {@code family:n}
     * finds revision n in any status. Empty when there is no such revision.
     */
    Either<EcsError, Option<RegisteredTaskDefinition>> describe(TaskDefinitionRef ref);

    /** ListTaskDefinitionFamilies, every page, sorted by name. */
    Either<EcsError, Seq<String>> listFamilies(Option<String> familyPrefix, TaskDefinitionStatus status);

    /** ListTaskDefinitions, every page, oldest revision first; {@code family} is a whole family name, as in ECS. */
    Either<EcsError, Seq<TaskDefinitionArn>> list(Option<String> family, TaskDefinitionStatus status);

    /** DeregisterTaskDefinition of {@code family:revision}: it turns INACTIVE. */
    Either<EcsError, RegisteredTaskDefinition> deregister(TaskDefinitionRef ref);

    /** TagResource on a revision (tags show in describe). */
    Either<EcsError, RegisteredTaskDefinition> tag(TaskDefinitionRef revision, Seq<io.ecskit.domain.Tag> tags);

    /** DeleteTaskDefinitions (at most 10, each INACTIVE): they turn DELETE_IN_PROGRESS. */
    Either<EcsError, Seq<RegisteredTaskDefinition>> delete(Seq<TaskDefinitionRef> refs);
}
