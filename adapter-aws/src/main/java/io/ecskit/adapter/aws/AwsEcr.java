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
                        .imageTagMutabilityExclusionFilters(spec.tagMutabilityExclusionFilters().isEmpty() ? null
                                : io.ecskit.mapping.EcrLogsMapping.exclusionFilters(spec.tagMutabilityExclusionFilters()))
                        .imageScanningConfiguration(c -> c.scanOnPush(spec.scanOnPush()))
                        .encryptionConfiguration(e -> e.encryptionType(spec.encryption().encryptionType())
                                .kmsKey(spec.encryption().kmsKey().getOrNull()))))
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
        return aws.call(() -> List.ofAll(aws.ecr.describeImagesPaginator(r -> r.repositoryName(name.value())
                        .filter(f -> f.imageStatus(software.amazon.awssdk.services.ecr.model.ImageStatusFilter.ANY))).imageDetails())
                .map(d -> io.ecskit.mapping.EcrLogsMapping.image(name, d)));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageIdentifier>> listImages(RepositoryName name, Option<String> tagStatus,
                                                                                  Option<String> imageStatus) {
        return aws.call(() -> List.ofAll(aws.ecr.listImagesPaginator(r -> r.repositoryName(name.value())
                        .filter(f -> f.tagStatus(tagStatus.getOrNull()).imageStatus(imageStatus.getOrNull()))).imageIds())
                .map(io.ecskit.mapping.EcrLogsMapping::imageIdentifier));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageReplicationStatus>> imageReplicationStatus(RepositoryName name,
                                                                                                   io.ecskit.domain.ecr.ImageIdentifier image) {
        return aws.call(() -> aws.ecr.describeImageReplicationStatus(r -> r.repositoryName(name.value())
                .imageId(io.ecskit.mapping.EcrLogsMapping.toSdk(image))), r -> List.ofAll(r.replicationStatuses())
                .map(s -> new io.ecskit.domain.ecr.ImageReplicationStatus(s.region(), s.registryId(), s.statusAsString(), Option.of(s.failureCode()))));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ReplicationBackfill> startReplicationBackfill(io.ecskit.domain.ecr.ReplicationDestination destination) {
        return aws.call(() -> aws.ecr.startReplicationBackfill(r -> r.destination(d -> d.region(destination.region()).registryId(destination.registryId()))),
                r -> new io.ecskit.domain.ecr.ReplicationBackfill(r.replicationBackfillId(), destination, r.statusAsString(), Option.none(),
                        Option.none(), r.startedAt(), Option.none()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ReplicationBackfill> stopReplicationBackfill(String replicationBackfillId) {
        return aws.call(() -> aws.ecr.stopReplicationBackfill(r -> r.replicationBackfillId(replicationBackfillId)),
                r -> new io.ecskit.domain.ecr.ReplicationBackfill(r.replicationBackfillId(), destination(r.destination()), r.statusAsString(),
                        Option.none(), Option.none(), r.startedAt(), Option.none()));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ReplicationBackfill>> replicationBackfills() {
        return aws.call(() -> List.ofAll(aws.ecr.listReplicationBackfillsPaginator(r -> r.maxResults(50)).backfills())
                .map(b -> new io.ecskit.domain.ecr.ReplicationBackfill(b.replicationBackfillId(), destination(b.destination()), b.statusAsString(),
                        Option.of(b.failureCode()), Option.of(b.progress()).map(AwsEcr::progress), b.startedAt(), Option.of(b.endedAt()))));
    }

    @Override
    public Either<EcsError, io.vavr.Tuple2<io.ecskit.domain.ecr.ReplicationBackfill, Seq<io.ecskit.domain.ecr.ReplicationBackfillResult>>>
            replicationBackfillResults(String replicationBackfillId, Option<String> resultStatus) {
        return aws.call(() -> {
            var pages = List.ofAll(aws.ecr.describeReplicationBackfillResultsPaginator(r -> r.replicationBackfillId(replicationBackfillId)
                    .resultStatusFilter(resultStatus.getOrNull())));
            var first = pages.head();
            return io.vavr.Tuple.of(new io.ecskit.domain.ecr.ReplicationBackfill(first.replicationBackfillId(), destination(first.destination()),
                    first.statusAsString(), Option.of(first.failureCode()), Option.of(first.progress()).map(AwsEcr::progress), first.startedAt(),
                    Option.of(first.endedAt())), (Seq<io.ecskit.domain.ecr.ReplicationBackfillResult>) pages.flatMap(p -> List.ofAll(p.results()))
                    .map(res -> new io.ecskit.domain.ecr.ReplicationBackfillResult(new RepositoryName(res.repositoryName()),
                            io.ecskit.mapping.EcrLogsMapping.imageIdentifier(res.imageId()), res.statusAsString(), Option.of(res.failureCode()),
                            List.ofAll(res.subImageFailureCodes()))));
        });
    }

    private static io.ecskit.domain.ecr.ReplicationDestination destination(software.amazon.awssdk.services.ecr.model.ReplicationDestination d) {
        return new io.ecskit.domain.ecr.ReplicationDestination(d.region(), d.registryId());
    }

    private static io.ecskit.domain.ecr.ReplicationBackfillProgress progress(software.amazon.awssdk.services.ecr.model.ReplicationBackfillProgress p) {
        return new io.ecskit.domain.ecr.ReplicationBackfillProgress(p.totalReplicationCount() == null ? 0 : p.totalReplicationCount(),
                p.completedReplicationCount() == null ? 0 : p.completedReplicationCount(),
                p.failedReplicationCount() == null ? 0 : p.failedReplicationCount(), List.ofAll(p.failureCodes()));
    }

    /**
     * Not an ECR API call: a registry client mounts a layer itself ({@code ?mount=&from=}, as Jib does when it pushes); the
     * adapter's answer is always "upload it".
     */
    @Override
    public Either<EcsError, Boolean> mountLayer(RepositoryName name, RepositoryName from, io.ecskit.domain.ecr.ImageDigest layer) {
        return Either.right(false);
    }

    @Override
    public Either<EcsError, Image> updateImageStorageClass(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier image, String targetStorageClass) {
        return aws.call(() -> aws.ecr.updateImageStorageClass(r -> r.repositoryName(name.value()).imageId(io.ecskit.mapping.EcrLogsMapping.toSdk(image))
                .targetStorageClass(targetStorageClass))).flatMap(done -> aws.call(() -> aws.ecr.describeImages(r -> r
                .repositoryName(name.value()).imageIds(io.ecskit.mapping.EcrLogsMapping.toSdk(image))), d -> io.ecskit.mapping.EcrLogsMapping
                .image(name, d.imageDetails().get(0))));
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
    public Either<EcsError, Repository> putTagMutability(RepositoryName name, io.ecskit.domain.ecr.TagMutability mutability,
                                                         List<String> exclusionFilters) {
        return aws.call(() -> aws.ecr.putImageTagMutability(r -> r.repositoryName(name.value()).imageTagMutability(mutability.name())
                        .imageTagMutabilityExclusionFilters(exclusionFilters.isEmpty() ? null
                                : io.ecskit.mapping.EcrLogsMapping.exclusionFilters(exclusionFilters))))
                .flatMap(ok -> describe(name)).flatMap(found -> found.toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_FOUND,
                        name.value(), "")));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LayerUpload> initiateLayerUpload(RepositoryName name) {
        return aws.call(() -> aws.ecr.initiateLayerUpload(r -> r.repositoryName(name.value())),
                r -> new io.ecskit.domain.ecr.LayerUpload(r.uploadId(), r.partSize() == null ? 0L : r.partSize()));
    }

    @Override
    public Either<EcsError, Long> uploadLayerPart(RepositoryName name, String uploadId, long partFirstByte, long partLastByte, byte[] part) {
        return aws.call(() -> aws.ecr.uploadLayerPart(r -> r.repositoryName(name.value()).uploadId(uploadId).partFirstByte(partFirstByte)
                .partLastByte(partLastByte).layerPartBlob(software.amazon.awssdk.core.SdkBytes.fromByteArray(part))), r -> r.lastByteReceived());
    }

    @Override
    public Either<EcsError, ImageDigest> completeLayerUpload(RepositoryName name, String uploadId, ImageDigest layerDigest) {
        return aws.call(() -> aws.ecr.completeLayerUpload(r -> r.repositoryName(name.value()).uploadId(uploadId)
                .layerDigests(layerDigest.value())), r -> new ImageDigest(r.layerDigest()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LayerCheck> checkLayerAvailability(RepositoryName name, Seq<String> layerDigests) {
        return aws.call(() -> aws.ecr.batchCheckLayerAvailability(r -> r.repositoryName(name.value()).layerDigests(layerDigests.asJava())),
                r -> new io.ecskit.domain.ecr.LayerCheck(
                        List.ofAll(r.layers()).map(l -> new io.ecskit.domain.ecr.Layer(new ImageDigest(l.layerDigest()),
                                l.layerAvailabilityAsString(), l.layerSize() == null ? 0L : l.layerSize(), Option.of(l.mediaType()))),
                        List.ofAll(r.failures()).map(f -> new io.ecskit.domain.ecr.LayerFailure(f.layerDigest(), f.failureCodeAsString(),
                                f.failureReason()))));
    }

    /** GetDownloadUrlForLayer, then a GET of the (presigned) URL ECR answers. */
    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LayerContent> downloadLayer(RepositoryName name, ImageDigest layerDigest) {
        return aws.call(() -> aws.ecr.getDownloadUrlForLayer(r -> r.repositoryName(name.value()).layerDigest(layerDigest.value())))
                .flatMap(r -> download(URI.create(r.downloadUrl()), layerDigest));
    }

    private static Either<EcsError, io.ecskit.domain.ecr.LayerContent> download(URI url, ImageDigest digest) {
        try {
            java.net.http.HttpResponse<byte[]> answer = DOWNLOADS.send(java.net.http.HttpRequest.newBuilder(url)
                    .timeout(java.time.Duration.ofMinutes(5)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                return Either.left(EcsError.Unavailable.of("The layer's download URL answered HTTP " + answer.statusCode()));
            }
            return Either.right(io.ecskit.domain.ecr.LayerContent.of(digest, answer.body()));
        } catch (java.io.IOException e) {
            return Either.left(EcsError.Unavailable.of("Cannot download layer " + digest.value() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Either.left(EcsError.Unavailable.of("interrupted while downloading layer " + digest.value()));
        }
    }

    private static final java.net.http.HttpClient DOWNLOADS = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL).connectTimeout(java.time.Duration.ofSeconds(30)).build();

    @Override
    public Either<EcsError, Seq<Repository>> repositories() {
        return aws.call(() -> List.ofAll(aws.ecr.describeRepositoriesPaginator(r -> { }).repositories()).map(AwsEcr::fromAws));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> setPolicy(RepositoryName name, String policyText) {
        return aws.call(() -> aws.ecr.setRepositoryPolicy(r -> r.repositoryName(name.value()).policyText(policyText)),
                r -> new io.ecskit.domain.ecr.RepositoryPolicy(r.registryId(), new RepositoryName(r.repositoryName()), r.policyText()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> policy(RepositoryName name) {
        return aws.call(() -> aws.ecr.getRepositoryPolicy(r -> r.repositoryName(name.value())),
                r -> new io.ecskit.domain.ecr.RepositoryPolicy(r.registryId(), new RepositoryName(r.repositoryName()), r.policyText()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> deletePolicy(RepositoryName name) {
        return aws.call(() -> aws.ecr.deleteRepositoryPolicy(r -> r.repositoryName(name.value())),
                r -> new io.ecskit.domain.ecr.RepositoryPolicy(r.registryId(), new RepositoryName(r.repositoryName()), r.policyText()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> putRegistryPolicy(String policyText) {
        return aws.call(() -> aws.ecr.putRegistryPolicy(r -> r.policyText(policyText)),
                r -> new io.ecskit.domain.ecr.RegistryPolicy(r.registryId(), r.policyText()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> registryPolicy() {
        return aws.call(() -> aws.ecr.getRegistryPolicy(r -> { }), r -> new io.ecskit.domain.ecr.RegistryPolicy(r.registryId(), r.policyText()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> deleteRegistryPolicy() {
        return aws.call(() -> aws.ecr.deleteRegistryPolicy(r -> { }), r -> new io.ecskit.domain.ecr.RegistryPolicy(r.registryId(), r.policyText()));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.Tag>> tags(String repositoryArn) {
        return aws.call(() -> aws.ecr.listTagsForResource(r -> r.resourceArn(repositoryArn)),
                r -> List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value())));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> tag(String repositoryArn, Seq<io.ecskit.domain.Tag> tags) {
        return aws.call(() -> aws.ecr.tagResource(r -> r.resourceArn(repositoryArn).tags(tags.map(t -> software.amazon.awssdk.services.ecr.model.Tag
                .builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build()).asJava())), r -> io.ecskit.domain.Done.DONE);
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> untag(String repositoryArn, Seq<String> keys) {
        return aws.call(() -> aws.ecr.untagResource(r -> r.resourceArn(repositoryArn).tagKeys(keys.asJava())), r -> io.ecskit.domain.Done.DONE);
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> putLifecyclePolicy(RepositoryName name, String policyText) {
        return aws.call(() -> aws.ecr.putLifecyclePolicy(r -> r.repositoryName(name.value()).lifecyclePolicyText(policyText)),
                r -> new io.ecskit.domain.ecr.LifecyclePolicy(r.registryId(), new RepositoryName(r.repositoryName()), r.lifecyclePolicyText(),
                        Option.none()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> lifecyclePolicy(RepositoryName name) {
        return aws.call(() -> aws.ecr.getLifecyclePolicy(r -> r.repositoryName(name.value())),
                r -> new io.ecskit.domain.ecr.LifecyclePolicy(r.registryId(), new RepositoryName(r.repositoryName()), r.lifecyclePolicyText(),
                        Option.of(r.lastEvaluatedAt())));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> deleteLifecyclePolicy(RepositoryName name) {
        return aws.call(() -> aws.ecr.deleteLifecyclePolicy(r -> r.repositoryName(name.value())),
                r -> new io.ecskit.domain.ecr.LifecyclePolicy(r.registryId(), new RepositoryName(r.repositoryName()), r.lifecyclePolicyText(),
                        Option.of(r.lastEvaluatedAt())));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicyPreview> startLifecyclePolicyPreview(RepositoryName name, Option<String> policyText) {
        return aws.call(() -> aws.ecr.startLifecyclePolicyPreview(r -> r.repositoryName(name.value()).lifecyclePolicyText(policyText.getOrNull())),
                r -> new io.ecskit.domain.ecr.LifecyclePolicyPreview(r.registryId(), new RepositoryName(r.repositoryName()), r.lifecyclePolicyText(),
                        r.statusAsString(), List.empty(), 0));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicyPreview> lifecyclePolicyPreview(RepositoryName name) {
        return aws.call(() -> List.ofAll(aws.ecr.getLifecyclePolicyPreviewPaginator(r -> r.repositoryName(name.value()))), pages -> {
            var first = pages.head();
            var results = pages.flatMap(p -> p.previewResults()).map(p -> new io.ecskit.domain.ecr.LifecyclePolicyPreview.Result(
                    new ImageDigest(p.imageDigest()), List.ofAll(p.imageTags()).map(ImageTag::new), p.imagePushedAt(),
                    p.appliedRulePriority() == null ? 0 : p.appliedRulePriority()));
            int total = first.summary() == null || first.summary().expiringImageTotalCount() == null ? results.size()
                    : first.summary().expiringImageTotalCount();
            return new io.ecskit.domain.ecr.LifecyclePolicyPreview(first.registryId(), new RepositoryName(first.repositoryName()),
                    first.lifecyclePolicyText(), first.statusAsString(), results, total);
        });
    }

    @Override
    public Either<EcsError, Repository> putScanOnPush(RepositoryName name, boolean scanOnPush) {
        return aws.call(() -> aws.ecr.putImageScanningConfiguration(r -> r.repositoryName(name.value())
                        .imageScanningConfiguration(c -> c.scanOnPush(scanOnPush))))
                .flatMap(ok -> describe(name)).flatMap(found -> found.toEither(() -> EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_FOUND,
                        name.value(), "")));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageScan> startImageScan(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier image) {
        return aws.call(() -> aws.ecr.startImageScan(r -> r.repositoryName(name.value()).imageId(io.ecskit.mapping.EcrLogsMapping.toSdk(image))),
                r -> new io.ecskit.domain.ecr.ImageScan(new ImageDigest(r.imageId().imageDigest()),
                        Option.of(r.imageId().imageTag()).map(ImageTag::new), r.imageScanStatus().statusAsString(),
                        r.imageScanStatus().description(), Option.none(), List.empty()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ImageScan> imageScanFindings(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier image) {
        return aws.call(() -> List.ofAll(aws.ecr.describeImageScanFindingsPaginator(r -> r.repositoryName(name.value())
                .imageId(io.ecskit.mapping.EcrLogsMapping.toSdk(image)))), pages -> {
            var first = pages.head();
            var findings = pages.flatMap(p -> p.imageScanFindings() == null ? List.empty() : List.ofAll(p.imageScanFindings().findings()))
                    .map(f -> new io.ecskit.domain.ecr.ImageScan.Finding(f.name(), f.severityAsString(), f.description(), f.uri()));
            return new io.ecskit.domain.ecr.ImageScan(new ImageDigest(first.imageId().imageDigest()),
                    Option.of(first.imageId().imageTag()).map(ImageTag::new), first.imageScanStatus().statusAsString(),
                    first.imageScanStatus().description(),
                    Option.of(first.imageScanFindings()).flatMap(f -> Option.of(f.imageScanCompletedAt())), findings);
        });
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.ReplicationConfiguration> putReplicationConfiguration(
            io.ecskit.domain.ecr.ReplicationConfiguration configuration) {
        return aws.call(() -> aws.ecr.putReplicationConfiguration(r -> r.replicationConfiguration(io.ecskit.mapping.SdkMapping.toSdk(configuration,
                        software.amazon.awssdk.services.ecr.model.ReplicationConfiguration.class))),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r.replicationConfiguration(), io.ecskit.domain.ecr.ReplicationConfiguration.class));
    }

    @Override
    public Either<EcsError, Option<io.ecskit.domain.ecr.ReplicationConfiguration>> replicationConfiguration() {
        return aws.call(() -> aws.ecr.describeRegistry(r -> { }), r -> Option.of(r.replicationConfiguration())
                .filter(c -> !c.rules().isEmpty())
                .map(c -> io.ecskit.mapping.SdkMapping.fromAws(c, io.ecskit.domain.ecr.ReplicationConfiguration.class)));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryScanningConfiguration> putRegistryScanningConfiguration(
            io.ecskit.domain.ecr.RegistryScanningConfiguration configuration) {
        var sdk = io.ecskit.mapping.SdkMapping.toSdk(configuration, software.amazon.awssdk.services.ecr.model.RegistryScanningConfiguration.class);
        return aws.call(() -> aws.ecr.putRegistryScanningConfiguration(r -> r.scanType(sdk.scanType()).rules(sdk.rules())),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r.registryScanningConfiguration(), io.ecskit.domain.ecr.RegistryScanningConfiguration.class));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RegistryScanningConfiguration> registryScanningConfiguration() {
        return aws.call(() -> aws.ecr.getRegistryScanningConfiguration(r -> { }),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r.scanningConfiguration(), io.ecskit.domain.ecr.RegistryScanningConfiguration.class));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> createPullThroughCacheRule(io.ecskit.domain.ecr.PullThroughCacheRule rule) {
        var sdk = io.ecskit.mapping.SdkMapping.toSdk(rule, software.amazon.awssdk.services.ecr.model.PullThroughCacheRule.class);
        return aws.call(() -> aws.ecr.createPullThroughCacheRule(r -> r.ecrRepositoryPrefix(sdk.ecrRepositoryPrefix())
                        .upstreamRegistryUrl(sdk.upstreamRegistryUrl()).upstreamRegistry(sdk.upstreamRegistryAsString())
                        .credentialArn(sdk.credentialArn()).customRoleArn(sdk.customRoleArn()).upstreamRepositoryPrefix(sdk.upstreamRepositoryPrefix())),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r, io.ecskit.domain.ecr.PullThroughCacheRule.class));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.PullThroughCacheRule>> pullThroughCacheRules(Seq<String> prefixes) {
        return aws.call(() -> List.ofAll(aws.ecr.describePullThroughCacheRulesPaginator(r -> r.ecrRepositoryPrefixes(prefixes.isEmpty() ? null
                : prefixes.asJava())).pullThroughCacheRules())
                .map(p -> io.ecskit.mapping.SdkMapping.fromAws(p, io.ecskit.domain.ecr.PullThroughCacheRule.class)));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> updatePullThroughCacheRule(io.ecskit.domain.ecr.PullThroughCacheRule rule) {
        return aws.call(() -> aws.ecr.updatePullThroughCacheRule(r -> r.ecrRepositoryPrefix(rule.ecrRepositoryPrefix().getOrNull())
                        .credentialArn(rule.credentialArn().getOrNull()).customRoleArn(rule.customRoleArn().getOrNull())),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r, io.ecskit.domain.ecr.PullThroughCacheRule.class));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> deletePullThroughCacheRule(String ecrRepositoryPrefix) {
        return aws.call(() -> aws.ecr.deletePullThroughCacheRule(r -> r.ecrRepositoryPrefix(ecrRepositoryPrefix)),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r, io.ecskit.domain.ecr.PullThroughCacheRule.class));
    }

    private static io.ecskit.domain.ecr.RepositoryCreationTemplate template(software.amazon.awssdk.services.ecr.model.RepositoryCreationTemplate t) {
        return io.ecskit.mapping.SdkMapping.fromAws(t, io.ecskit.domain.ecr.RepositoryCreationTemplate.class);
    }

    private static software.amazon.awssdk.services.ecr.model.RepositoryCreationTemplate sdk(io.ecskit.domain.ecr.RepositoryCreationTemplate t) {
        return io.ecskit.mapping.SdkMapping.toSdk(t, software.amazon.awssdk.services.ecr.model.RepositoryCreationTemplate.class);
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> createRepositoryCreationTemplate(
            io.ecskit.domain.ecr.RepositoryCreationTemplate template) {
        var t = sdk(template);
        return aws.call(() -> aws.ecr.createRepositoryCreationTemplate(r -> r.prefix(t.prefix()).description(t.description())
                        .encryptionConfiguration(t.encryptionConfiguration()).resourceTags(t.resourceTags())
                        .imageTagMutability(t.imageTagMutabilityAsString()).imageTagMutabilityExclusionFilters(t.imageTagMutabilityExclusionFilters())
                        .repositoryPolicy(t.repositoryPolicy()).lifecyclePolicy(t.lifecyclePolicy()).appliedForWithStrings(t.appliedForAsStrings())
                        .customRoleArn(t.customRoleArn())),
                r -> template(r.repositoryCreationTemplate()));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.RepositoryCreationTemplate>> repositoryCreationTemplates(Seq<String> prefixes) {
        return aws.call(() -> List.ofAll(aws.ecr.describeRepositoryCreationTemplatesPaginator(r -> r.prefixes(prefixes.isEmpty() ? null
                : prefixes.asJava())).repositoryCreationTemplates()).map(AwsEcr::template));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> updateRepositoryCreationTemplate(
            io.ecskit.domain.ecr.RepositoryCreationTemplate template) {
        var t = sdk(template);
        return aws.call(() -> aws.ecr.updateRepositoryCreationTemplate(r -> r.prefix(t.prefix()).description(t.description())
                        .encryptionConfiguration(t.encryptionConfiguration()).resourceTags(t.hasResourceTags() ? t.resourceTags() : null)
                        .imageTagMutability(t.imageTagMutabilityAsString())
                        .imageTagMutabilityExclusionFilters(t.hasImageTagMutabilityExclusionFilters() ? t.imageTagMutabilityExclusionFilters() : null)
                        .repositoryPolicy(t.repositoryPolicy()).lifecyclePolicy(t.lifecyclePolicy())
                        .appliedForWithStrings(t.hasAppliedFor() ? t.appliedForAsStrings() : null).customRoleArn(t.customRoleArn())),
                r -> template(r.repositoryCreationTemplate()));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> deleteRepositoryCreationTemplate(String prefix) {
        return aws.call(() -> aws.ecr.deleteRepositoryCreationTemplate(r -> r.prefix(prefix)), r -> template(r.repositoryCreationTemplate()));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageReferrer>> imageReferrers(RepositoryName name, ImageDigest subject,
                                                                                   Seq<String> artifactTypes) {
        // the SDK has no paginator for ListImageReferrers
        return aws.call(() -> allPages(next -> aws.ecr.listImageReferrers(r -> r.repositoryName(name.value())
                        .subjectId(s -> s.imageDigest(subject.value()))
                        .filter(artifactTypes.isEmpty() ? null : software.amazon.awssdk.services.ecr.model.ListImageReferrersFilter.builder()
                                .artifactTypes(artifactTypes.asJava()).build()).nextToken(next)),
                software.amazon.awssdk.services.ecr.model.ListImageReferrersResponse::referrers,
                software.amazon.awssdk.services.ecr.model.ListImageReferrersResponse::nextToken)
                .map(x -> io.ecskit.mapping.SdkMapping.fromAws(x, io.ecskit.domain.ecr.ImageReferrer.class)));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheValidation> validatePullThroughCacheRule(String ecrRepositoryPrefix) {
        return aws.call(() -> aws.ecr.validatePullThroughCacheRule(r -> r.ecrRepositoryPrefix(ecrRepositoryPrefix)),
                r -> new io.ecskit.domain.ecr.PullThroughCacheValidation(io.ecskit.domain.ecr.PullThroughCacheRule.builder()
                        .ecrRepositoryPrefix(Option.of(r.ecrRepositoryPrefix())).registryId(Option.of(r.registryId()))
                        .upstreamRegistryUrl(Option.of(r.upstreamRegistryUrl())).credentialArn(Option.of(r.credentialArn()))
                        .customRoleArn(Option.of(r.customRoleArn())).upstreamRepositoryPrefix(Option.of(r.upstreamRepositoryPrefix())).build(),
                        Boolean.TRUE.equals(r.isValid()), Option.of(r.failure())));
    }

    @Override
    public Either<EcsError, String> accountSetting(String name) {
        return aws.call(() -> aws.ecr.getAccountSetting(r -> r.name(name)), r -> r.value());
    }

    @Override
    public Either<EcsError, String> putAccountSetting(String name, String value) {
        return aws.call(() -> aws.ecr.putAccountSetting(r -> r.name(name).value(value)), r -> r.value());
    }

    @Override
    public Either<EcsError, java.time.Instant> registerPullTimeUpdateExclusion(String principalArn) {
        return aws.call(() -> aws.ecr.registerPullTimeUpdateExclusion(r -> r.principalArn(principalArn)), r -> r.createdAt());
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> deregisterPullTimeUpdateExclusion(String principalArn) {
        return aws.call(() -> aws.ecr.deregisterPullTimeUpdateExclusion(r -> r.principalArn(principalArn)), r -> io.ecskit.domain.Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<String>> pullTimeUpdateExclusions() {
        // the SDK has no paginator for ListPullTimeUpdateExclusions
        return aws.call(() -> allPages(next -> aws.ecr.listPullTimeUpdateExclusions(r -> r.nextToken(next)),
                software.amazon.awssdk.services.ecr.model.ListPullTimeUpdateExclusionsResponse::pullTimeUpdateExclusions,
                software.amazon.awssdk.services.ecr.model.ListPullTimeUpdateExclusionsResponse::nextToken));
    }

    /** Every page of a call the SDK has no paginator for: asked with each nextToken until none comes back. */
    private static <R, T> List<T> allPages(java.util.function.Function<String, R> call, java.util.function.Function<R, java.util.List<T>> items,
                                           java.util.function.Function<R, String> nextToken) {
        List<T> all = List.empty();
        String token = null;
        do {
            R page = call.apply(token);
            all = all.appendAll(items.apply(page));
            token = nextToken.apply(page);
        } while (token != null);
        return all;
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> putSigningConfiguration(io.ecskit.domain.ecr.SigningConfiguration configuration) {
        return aws.call(() -> aws.ecr.putSigningConfiguration(r -> r.signingConfiguration(io.ecskit.mapping.SdkMapping.toSdk(configuration,
                        software.amazon.awssdk.services.ecr.model.SigningConfiguration.class))),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r.signingConfiguration(), io.ecskit.domain.ecr.SigningConfiguration.class));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> signingConfiguration() {
        return aws.call(() -> aws.ecr.getSigningConfiguration(r -> { }),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r.signingConfiguration(), io.ecskit.domain.ecr.SigningConfiguration.class));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> deleteSigningConfiguration() {
        return aws.call(() -> aws.ecr.deleteSigningConfiguration(r -> { }),
                r -> io.ecskit.mapping.SdkMapping.fromAws(r.signingConfiguration(), io.ecskit.domain.ecr.SigningConfiguration.class));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.ecr.ImageSigningStatus>> imageSigningStatus(RepositoryName name,
                                                                                            io.ecskit.domain.ecr.ImageIdentifier image) {
        return aws.call(() -> aws.ecr.describeImageSigningStatus(r -> r.repositoryName(name.value())
                        .imageId(io.ecskit.mapping.EcrLogsMapping.toSdk(image))),
                r -> List.ofAll(r.signingStatuses()).map(x -> io.ecskit.mapping.SdkMapping.fromAws(x, io.ecskit.domain.ecr.ImageSigningStatus.class)));
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
