package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.TagPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

final class AwsTags implements TagPort {

    private final AwsClients aws;

    @Inject
    AwsTags(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Done> tag(String resourceArn, Seq<Tag> tags) {
        return aws.call(() -> aws.ecs.tagResource(r -> r.resourceArn(resourceArn)
                .tags(tags.map(t -> SdkMapping.toSdk(t, software.amazon.awssdk.services.ecs.model.Tag.class)).asJava()))).map(ok -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> untag(String resourceArn, Seq<String> tagKeys) {
        return aws.call(() -> aws.ecs.untagResource(r -> r.resourceArn(resourceArn).tagKeys(tagKeys.asJava()))).map(ok -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<Tag>> list(String resourceArn) {
        return aws.call(() -> List.ofAll(aws.ecs.listTagsForResource(r -> r.resourceArn(resourceArn)).tags())
                .map(t -> SdkMapping.fromAws(t, Tag.class)));
    }
}
