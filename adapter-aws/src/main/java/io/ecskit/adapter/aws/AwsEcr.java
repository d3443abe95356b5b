package io.ecskit.adapter.aws;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageDigest;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ImageRepositoryPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

final class AwsEcr implements ImageRepositoryPort {

    private final AwsClients aws;

    @Inject
    AwsEcr(AwsClients aws) {
        this.aws = aws;
    }

    private static Repository fromAws(software.amazon.awssdk.services.ecr.model.Repository r) {
        return io.ecskit.mapping.EcrLogsMapping.repository(r);
    }

    @Override
    public Either<EcsError, Repository> create(RepositorySpec spec) {
        return aws.call(() -> aws.ecr.createRepository(r -> r.repositoryName(spec.name().value())
                        .imageTagMutability(spec.tagMutability().name())
                        .imageScanningConfiguration(c -> c.scanOnPush(spec.scanOnPush()))))
                .map(r -> fromAws(r.repository()));
    }

    @Override
    public Either<EcsError, Option<Repository>> describe(RepositoryName name) {
        Either<EcsError, Option<Repository>> found = aws.call(() -> aws.ecr.describeRepositories(r -> r.repositoryNames(name.value())))
                .map(r -> List.ofAll(r.repositories()).headOption().map(AwsEcr::fromAws));
        return found.isLeft() && found.getLeft() instanceof EcsError.RepositoryNotFound ? Either.right(Option.none()) : found;
    }

    @Override
    public Either<EcsError, Repository> delete(RepositoryName name, boolean force) {
        return aws.call(() -> aws.ecr.deleteRepository(r -> r.repositoryName(name.value()).force(force)))
                .map(r -> fromAws(r.repository()));
    }

    @Override
    public Either<EcsError, Seq<Image>> images(RepositoryName name) {
        return aws.call(() -> List.ofAll(aws.ecr.describeImagesPaginator(r -> r.repositoryName(name.value())).imageDetails())
                .map(d -> io.ecskit.mapping.EcrLogsMapping.image(name, d)));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageIdentifier>> listImages(RepositoryName name, Option<String> tagStatus) {
        return aws.call(() -> List.ofAll(aws.ecr.listImagesPaginator(r -> r.repositoryName(name.value())
                        .filter(f -> f.tagStatus(tagStatus.getOrNull()))).imageIds()).map(io.ecskit.mapping.EcrLogsMapping::imageIdentifier));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageDeletion> deleteImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images) {
        return aws.call(() -> aws.ecr.batchDeleteImage(r -> r.repositoryName(name.value()).imageIds(images.map(io.ecskit.mapping.EcrLogsMapping::toSdk).asJava())),
                r -> new io.ecskit.domain.ecr.ImageDeletion(List.ofAll(r.imageIds()).map(io.ecskit.mapping.EcrLogsMapping::imageIdentifier), List.ofAll(r.failures())
                        .map(f -> new io.ecskit.domain.ecr.ImageFailure(io.ecskit.mapping.EcrLogsMapping.imageIdentifier(f.imageId()), f.failureCodeAsString(), f.failureReason()))));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.Image> putImage(RepositoryName name, String manifest, Option<io.ecskit.domain.ecr.ImageTag> tag,
                                                                 Option<io.ecskit.domain.ecr.ImageDigest> digest) {
        return aws.call(() -> aws.ecr.putImage(r -> r.repositoryName(name.value()).imageManifest(manifest)
                        .imageTag(tag.map(t -> t.value()).getOrNull()).imageDigest(digest.map(d -> d.value()).getOrNull())),
                r -> new io.ecskit.domain.ecr.Image(name, new io.ecskit.domain.ecr.ImageDigest(r.image().imageId().imageDigest()),
                        Option.of(r.image().imageId().imageTag()).map(io.ecskit.domain.ecr.ImageTag::new).toList(), 0L, java.time.Instant.now(),
                        Option.of(r.image().imageManifestMediaType())));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageBatch> getImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images) {
        return aws.call(() -> aws.ecr.batchGetImage(r -> r.repositoryName(name.value()).imageIds(images.map(io.ecskit.mapping.EcrLogsMapping::toSdk).asJava())),
                r -> new io.ecskit.domain.ecr.ImageBatch(List.ofAll(r.images()).map(i -> new io.ecskit.domain.ecr.ImageManifest(
                        new io.ecskit.domain.ecr.Image(name, new io.ecskit.domain.ecr.ImageDigest(i.imageId().imageDigest()),
                                Option.of(i.imageId().imageTag()).map(io.ecskit.domain.ecr.ImageTag::new).toList(), 0L, java.time.Instant.EPOCH,
                                Option.of(i.imageManifestMediaType())),
                        i.imageManifest(), i.imageManifestMediaType(), Option.of(i.imageId().imageTag()).map(io.ecskit.domain.ecr.ImageTag::new))),
                        List.ofAll(r.failures()).map(f -> new io.ecskit.domain.ecr.ImageFailure(io.ecskit.mapping.EcrLogsMapping.imageIdentifier(f.imageId()),
                                f.failureCodeAsString(), f.failureReason()))));
    }

    @Override
    public Either<EcsError, Repository> putTagMutability(RepositoryName name, io.ecskit.domain.ecr.TagMutability mutability) {
        return aws.call(() -> aws.ecr.putImageTagMutability(r -> r.repositoryName(name.value()).imageTagMutability(mutability.name())))
                .flatMap(ok -> describe(name)).flatMap(found -> found.toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_FOUND,
                        name.value(), "")));
    }

    /** The token is base64 of {@code AWS:<password>}; ECR hands out one per registry, valid 12 hours. */
    @Override
    public Either<EcsError, RegistryAuthorization> authorization() {
        return aws.call(() -> aws.ecr.getAuthorizationToken(r -> { })).flatMap(r -> {
            if (r.authorizationData().isEmpty()) {
                return Either.left(EcsError.Unavailable.of("GetAuthorizationToken returned no authorization data"));
            }
            var data = r.authorizationData().get(0);
            String decoded = new String(Base64.getDecoder().decode(data.authorizationToken()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Either.right(new RegistryAuthorization(decoded.substring(0, Math.max(colon, 0)), decoded.substring(colon + 1),
                    URI.create(data.proxyEndpoint()), data.expiresAt()));
        });
    }
}
