package io.ecskit.mapping;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageDigest;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroup;
import io.ecskit.domain.logs.LogStream;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.logs.RetentionDays;
import io.vavr.collection.List;
import io.vavr.control.Option;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.ecr.model.ImageDetail;

import java.time.Instant;

/**
 * ECR's and CloudWatch Logs' shapes ↔ the domain, both directions in one place: the AWS adapter
 * reads AWS's answers with it, the AWS-protocol server writes its answers with it. (ECS's shapes
 * map member by member through {@link SdkMapping}; these differ from the domain in names and
 * nesting, e.g. {@code imageScanningConfiguration.scanOnPush}, epoch-millisecond times in Logs.)
 */
public final class EcrLogsMapping {

    private EcrLogsMapping() {
    }

    // ---- ECR ------------------------------------------------------------------------------------

    public static Repository repository(software.amazon.awssdk.services.ecr.model.Repository r) {
        return new Repository(r.repositoryArn(), new RepositoryName(r.repositoryName()), r.registryId(), r.repositoryUri(),
                tagMutability(r.imageTagMutabilityAsString()),
                r.imageScanningConfiguration() != null && Boolean.TRUE.equals(r.imageScanningConfiguration().scanOnPush()),
                r.createdAt(), r.encryptionConfiguration() == null ? io.ecskit.domain.ecr.EncryptionConfiguration.AES256
                        : new io.ecskit.domain.ecr.EncryptionConfiguration(r.encryptionConfiguration().encryptionTypeAsString(),
                        Option.of(r.encryptionConfiguration().kmsKey())),
                List.ofAll(r.imageTagMutabilityExclusionFilters()).map(f -> f.filter()));
    }

    /** ECR's imageTagMutability as the domain has it (MUTABLE when absent or unknown to this SDK). */
    public static TagMutability tagMutability(String wire) {
        return List.of(TagMutability.values()).find(m -> m.name().equals(wire)).getOrElse(TagMutability.MUTABLE);
    }

    /** Exclusion filters as ECR takes them: WILDCARD patterns. */
    public static java.util.List<software.amazon.awssdk.services.ecr.model.ImageTagMutabilityExclusionFilter> exclusionFilters(
            List<String> filters) {
        return filters.map(f -> software.amazon.awssdk.services.ecr.model.ImageTagMutabilityExclusionFilter.builder()
                .filterType("WILDCARD").filter(f).build()).asJava();
    }

    public static software.amazon.awssdk.services.ecr.model.Repository toSdk(Repository r) {
        return software.amazon.awssdk.services.ecr.model.Repository.builder().repositoryArn(r.arn())
                .repositoryName(r.name().value()).registryId(r.registryId()).repositoryUri(r.uri())
                .imageTagMutability(r.tagMutability().name()).imageScanningConfiguration(c -> c.scanOnPush(r.scanOnPush()))
                .imageTagMutabilityExclusionFilters(r.tagMutabilityExclusionFilters().isEmpty() ? null
                        : exclusionFilters(r.tagMutabilityExclusionFilters()))
                .encryptionConfiguration(e -> e.encryptionType(r.encryption().encryptionType()).kmsKey(r.encryption().kmsKey().getOrNull()))
                .createdAt(r.createdAt()).build();
    }

    public static Image image(RepositoryName repository, ImageDetail d) {
        return new Image(repository, new ImageDigest(d.imageDigest()), List.ofAll(d.imageTags()).map(ImageTag::new),
                d.imageSizeInBytes() == null ? 0 : d.imageSizeInBytes(), d.imagePushedAt(), Option.of(d.imageManifestMediaType()),
                io.ecskit.domain.WireValue.parse(io.ecskit.domain.ecr.ImageStatus.class, String.valueOf(d.imageStatusAsString()))
                        .getOrElse(io.ecskit.domain.ecr.ImageStatus.ACTIVE), Option.of(d.lastArchivedAt()), Option.of(d.lastActivatedAt()));
    }

    public static ImageDetail toSdk(Image image, String registryId) {
        return ImageDetail.builder().registryId(registryId).repositoryName(image.repository().value())
                .imageDigest(image.digest().value()).imageTags(image.tags().map(ImageTag::value).asJava())
                .imageSizeInBytes(image.sizeInBytes()).imagePushedAt(image.pushedAt())
                .imageManifestMediaType(image.manifestMediaType().getOrNull()).imageStatus(image.status().wire())
                .lastArchivedAt(image.lastArchivedAt().getOrNull()).lastActivatedAt(image.lastActivatedAt().getOrNull()).build();
    }

    // ---- CloudWatch Logs ------------------------------------------------------------------------

    /** ECR's ImageIdentifier of an image: its digest, its tag, or both. */
    public static software.amazon.awssdk.services.ecr.model.ImageIdentifier toSdk(io.ecskit.domain.ecr.ImageIdentifier id) {
        return software.amazon.awssdk.services.ecr.model.ImageIdentifier.builder().imageDigest(id.imageDigest().map(d -> d.value()).getOrNull())
                .imageTag(id.imageTag().map(t -> t.value()).getOrNull()).build();
    }

    /** An image identifier as ECR answers one (digest and tag as given; not checked). */
    public static io.ecskit.domain.ecr.ImageIdentifier imageIdentifier(software.amazon.awssdk.services.ecr.model.ImageIdentifier id) {
        return new io.ecskit.domain.ecr.ImageIdentifier(io.vavr.control.Option.of(id.imageDigest()).map(io.ecskit.domain.ecr.ImageDigest::new),
                io.vavr.control.Option.of(id.imageTag()).map(io.ecskit.domain.ecr.ImageTag::new));
    }

    public static LogGroup logGroup(software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup g) {
        return new LogGroup(new io.ecskit.domain.logs.LogGroupName(g.logGroupName()), g.arn(),
                Option.of(g.retentionInDays()).flatMap(d -> RetentionDays.parse(d).toOption()),
                g.creationTime() == null ? Instant.EPOCH : Instant.ofEpochMilli(g.creationTime()),
                g.storedBytes() == null ? 0 : g.storedBytes());
    }

    public static software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup toSdk(LogGroup g) {
        return software.amazon.awssdk.services.cloudwatchlogs.model.LogGroup.builder().logGroupName(g.name().value())
                .arn(g.arn()).logGroupArn(g.arn().endsWith(":*") ? g.arn().substring(0, g.arn().length() - 2) : g.arn())
                .retentionInDays(g.retention().map(RetentionDays::days).getOrNull())
                .creationTime(g.createdAt().toEpochMilli()).storedBytes(g.storedBytes()).build();
    }

    public static LogStream logStream(software.amazon.awssdk.services.cloudwatchlogs.model.LogStream s) {
        return new LogStream(new LogStreamName(s.logStreamName()),
                s.creationTime() == null ? Instant.EPOCH : Instant.ofEpochMilli(s.creationTime()),
                Option.of(s.firstEventTimestamp()).map(Instant::ofEpochMilli),
                Option.of(s.lastEventTimestamp()).map(Instant::ofEpochMilli));
    }

    public static software.amazon.awssdk.services.cloudwatchlogs.model.LogStream toSdk(LogStream s, String groupArn) {
        return software.amazon.awssdk.services.cloudwatchlogs.model.LogStream.builder().logStreamName(s.name().value())
                .arn(groupArn.replaceFirst(":\\*$", "") + ":log-stream:" + s.name().value())
                .creationTime(s.createdAt().toEpochMilli())
                .firstEventTimestamp(s.firstEventAt().map(Instant::toEpochMilli).getOrNull())
                .lastEventTimestamp(s.lastEventAt().map(Instant::toEpochMilli).getOrNull())
                .lastIngestionTime(s.lastEventAt().map(Instant::toEpochMilli).getOrNull()).build();
    }

    public static LogEvent logEvent(FilteredLogEvent e) {
        return new LogEvent(Instant.ofEpochMilli(e.timestamp()), e.message(), new LogStreamName(e.logStreamName()));
    }

    public static FilteredLogEvent toSdk(LogEvent e, String eventId) {
        return FilteredLogEvent.builder().logStreamName(e.stream().value()).timestamp(e.timestamp().toEpochMilli())
                .ingestionTime(e.timestamp().toEpochMilli()).message(e.message()).eventId(eventId).build();
    }
}
