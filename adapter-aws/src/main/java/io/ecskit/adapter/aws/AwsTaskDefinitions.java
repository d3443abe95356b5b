package io.ecskit.adapter.aws;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.TaskDefinitionArn;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionStatus;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.TaskDefinitionPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.SortOrder;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionField;

final class AwsTaskDefinitions implements TaskDefinitionPort {

    private final AwsClients aws;

    @Inject
    AwsTaskDefinitions(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, RegisteredTaskDefinition> register(TaskDefinition definition) {
        return aws.call(() -> aws.ecs.registerTaskDefinition(SdkMapping.toSdk(definition, RegisterTaskDefinitionRequest.class)),
                r -> AwsModel.registered(r.taskDefinition(), r.tags()));
    }

    @Override
    public Either<EcsError, Option<RegisteredTaskDefinition>> describe(TaskDefinitionRef ref) {
        Either<EcsError, Option<RegisteredTaskDefinition>> found = aws.call(() -> aws.ecs.describeTaskDefinition(r -> r
                        .taskDefinition(ref.wire()).include(TaskDefinitionField.TAGS)),
                r -> Option.of(AwsModel.registered(r.taskDefinition(), r.tags())));
        // ECS answers an unknown family or revision with ClientException "Unable to describe task definition."
        return found.isLeft() && found.getLeft() instanceof EcsError.ClientError ? Either.right(Option.none()) : found;
    }

    @Override
    public Either<EcsError, Seq<String>> listFamilies(Option<String> familyPrefix, TaskDefinitionStatus status) {
        return aws.call(() -> List.ofAll(aws.ecs.listTaskDefinitionFamiliesPaginator(r -> r
                .familyPrefix(familyPrefix.getOrNull()).status(status.name())).families()).sorted());
    }

    @Override
    public Either<EcsError, Seq<TaskDefinitionArn>> list(Option<String> familyPrefix, TaskDefinitionStatus status) {
        return aws.call(() -> List.ofAll(aws.ecs.listTaskDefinitionsPaginator(r -> r
                        .familyPrefix(familyPrefix.getOrNull()).status(status.name()).sort(SortOrder.ASC)).taskDefinitionArns())
                .map(arn -> TaskDefinitionArn.parse(arn).getOrElseThrow(v -> new IllegalStateException(v.message()))));
    }

    @Override
    public Either<EcsError, RegisteredTaskDefinition> deregister(TaskDefinitionRef ref) {
        return aws.call(() -> aws.ecs.deregisterTaskDefinition(r -> r.taskDefinition(ref.wire())),
                r -> AwsModel.registered(r.taskDefinition(), java.util.List.of()));
    }

    @Override
    public Either<EcsError, RegisteredTaskDefinition> tag(TaskDefinitionRef revision, Seq<Tag> tags) {
        return describe(revision).flatMap(found -> found.toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.TAGGED_RESOURCE_EXISTS)))
                .flatMap(r -> aws.call(() -> aws.ecs.tagResource(t -> t.resourceArn(r.taskDefinitionArn().wire())
                        .tags(AwsModel.tags(tags)))))
                .flatMap(ok -> describe(revision).map(Option::get));
    }

    @Override
    public Either<EcsError, Seq<RegisteredTaskDefinition>> delete(Seq<TaskDefinitionRef> refs) {
        return aws.call(() -> aws.ecs.deleteTaskDefinitions(r -> r.taskDefinitions(refs.map(TaskDefinitionRef::wire).asJava())))
                .flatMap(r -> r.failures().isEmpty()
                        ? aws.call(() -> List.ofAll(r.taskDefinitions()).map(t -> AwsModel.registered(t, java.util.List.of())))
                        : Either.left(EcsError.ClientError.of(r.failures().get(0).reason()
                                + (r.failures().get(0).detail() == null ? "" : ": " + r.failures().get(0).detail()))));
    }
}
