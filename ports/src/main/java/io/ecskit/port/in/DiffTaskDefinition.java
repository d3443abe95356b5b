package io.ecskit.port.in;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionDiff;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/** What deploying {@code desired} would change, field by field, against what the service runs (or the family's latest). */
public interface DiffTaskDefinition {

    Either<EcsError, Seq<TaskDefinitionDiff.Change>> diff(TaskDefinition desired, ClusterName cluster, ServiceName service);

    Either<EcsError, Seq<TaskDefinitionDiff.Change>> diffWithLatest(TaskDefinition desired);
}
