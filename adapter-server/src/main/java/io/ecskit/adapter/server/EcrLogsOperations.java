package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.logs.LogEvent;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.logs.LogStreamName;
import io.ecskit.domain.logs.RetentionDays;
import io.ecskit.mapping.EcrLogsMapping;
import io.ecskit.port.EcsKit;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.services.cloudwatchlogs.model.*;
import software.amazon.awssdk.services.ecr.model.AuthorizationData;
import software.amazon.awssdk.services.ecr.model.CreateRepositoryRequest;
import software.amazon.awssdk.services.ecr.model.CreateRepositoryResponse;
import software.amazon.awssdk.services.ecr.model.DeleteRepositoryRequest;
import software.amazon.awssdk.services.ecr.model.DeleteRepositoryResponse;
import software.amazon.awssdk.services.ecr.model.DescribeImagesRequest;
import software.amazon.awssdk.services.ecr.model.DescribeImagesResponse;
import software.amazon.awssdk.services.ecr.model.DescribeRepositoriesRequest;
import software.amazon.awssdk.services.ecr.model.DescribeRepositoriesResponse;
import software.amazon.awssdk.services.ecr.model.GetAuthorizationTokenRequest;
import software.amazon.awssdk.services.ecr.model.GetAuthorizationTokenResponse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/** ECR ({@code AmazonEC2ContainerRegistry_V20150921}) and CloudWatch Logs ({@code Logs_20140328}) on the ports. */
final class EcrLogsOperations {

    static final String ECR = "AmazonEC2ContainerRegistry_V20150921.";
    static final String LOGS = "Logs_20140328.";

    private EcrLogsOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(ECR + "CreateRepository", (kit, body) -> {
            CreateRepositoryRequest r = Wire.read(body, CreateRepositoryRequest::builder, "CreateRepository",
                    Set.of("repositoryName", "imageTagMutability", "imageScanningConfiguration", "registryId"));
            RepositorySpec spec = new RepositorySpec(repository(r.repositoryName()),
                    "IMMUTABLE".equals(r.imageTagMutabilityAsString()) ? TagMutability.IMMUTABLE : TagMutability.MUTABLE,
                    r.imageScanningConfiguration() != null && Boolean.TRUE.equals(r.imageScanningConfiguration().scanOnPush()));
            return kit.api().imageRepositories().create(spec).fold(Answer::error, repo -> Answer.ok(CreateRepositoryResponse.builder()
                    .repository(EcrLogsMapping.toSdk(repo)).build()));
        });
        operations.put(ECR + "DescribeRepositories", (kit, body) -> {
            DescribeRepositoriesRequest r = Wire.read(body, DescribeRepositoriesRequest::builder, "DescribeRepositories",
                    Set.of("repositoryNames", "registryId", "maxResults", "nextToken"));
            if (!r.hasRepositoryNames() || r.repositoryNames().isEmpty()) {
                return Answer.error(400, "InvalidParameterException",
                        "ecskit server describes repositories by name only: give repositoryNames.");
            }
            java.util.List<software.amazon.awssdk.services.ecr.model.Repository> found = new java.util.ArrayList<>();
            for (String name : r.repositoryNames()) {
                var described = kit.api().imageRepositories().describe(repository(name));
                if (described.isLeft()) {
                    return Answer.error(described.getLeft());
                }
                if (described.get().isEmpty()) {
                    return Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.REPOSITORY_FOUND, name, kit.accountId()));
                }
                found.add(EcrLogsMapping.toSdk(described.get().get()));
            }
            return Answer.ok(DescribeRepositoriesResponse.builder().repositories(found).build());
        });
        operations.put(ECR + "DeleteRepository", (kit, body) -> {
            DeleteRepositoryRequest r = Wire.read(body, DeleteRepositoryRequest::builder, "DeleteRepository",
                    Set.of("repositoryName", "force", "registryId"));
            return kit.api().imageRepositories().delete(repository(r.repositoryName()), Boolean.TRUE.equals(r.force()))
                    .fold(Answer::error, repo -> Answer.ok(DeleteRepositoryResponse.builder().repository(EcrLogsMapping.toSdk(repo)).build()));
        });
        operations.put(ECR + "DescribeImages", (kit, body) -> {
            DescribeImagesRequest r = Wire.read(body, DescribeImagesRequest::builder, "DescribeImages",
                    Set.of("repositoryName", "registryId", "maxResults", "nextToken"));
            // ECR pages DescribeImages by maxResults: 100 by default, 1,000 at most
            Pages.Request page = Pages.request("DescribeImages", r.maxResults(), r.nextToken(), 100, 1000);
            return kit.api().imageRepositories().images(repository(r.repositoryName())).map(page::of).fold(Answer::error, p ->
                    Answer.ok(DescribeImagesResponse.builder().imageDetails(p.items().map(i -> EcrLogsMapping.toSdk(i, kit.accountId()))
                            .asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(ECR + "ListImages", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.ListImagesRequest::builder, "ListImages",
                    Set.of("repositoryName", "registryId", "maxResults", "nextToken", "filter"));
            Pages.Request page = Pages.request("ListImages", r.maxResults(), r.nextToken(), 100, 1000);
            Option<String> tagStatus = Option.of(r.filter()).flatMap(f -> Option.of(f.tagStatusAsString()));
            return kit.api().imageRepositories().listImages(repository(r.repositoryName()), tagStatus).map(page::of).fold(Answer::error, p ->
                    Answer.ok(software.amazon.awssdk.services.ecr.model.ListImagesResponse.builder()
                            .imageIds(p.items().map(EcrLogsMapping::toSdk).asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(ECR + "BatchDeleteImage", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.BatchDeleteImageRequest::builder, "BatchDeleteImage",
                    Set.of("repositoryName", "registryId", "imageIds"));
            Seq<io.ecskit.domain.ecr.ImageIdentifier> ids = List.ofAll(r.imageIds()).map(EcrLogsOperations::imageId);
            return kit.api().imageRepositories().deleteImages(repository(r.repositoryName()), ids).fold(Answer::error, d ->
                    Answer.ok(software.amazon.awssdk.services.ecr.model.BatchDeleteImageResponse.builder()
                            .imageIds(d.deleted().map(EcrLogsMapping::toSdk).asJava())
                            .failures(d.failures().map(f -> software.amazon.awssdk.services.ecr.model.ImageFailure.builder()
                                    .imageId(EcrLogsMapping.toSdk(f.imageId())).failureCode(f.failureCode()).failureReason(f.failureReason()).build()).asJava())
                            .build()));
        });
        operations.put(ECR + "PutImage", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutImageRequest::builder, "PutImage",
                    Set.of("repositoryName", "registryId", "imageManifest", "imageTag", "imageDigest"));
            if (r.imageManifest() == null) {
                throw Wire.missing("imageManifest");
            }
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().putImage(name, r.imageManifest(),
                            Option.of(r.imageTag()).map(t -> Wire.one(io.ecskit.domain.ecr.ImageTag.parse(t))),
                            Option.of(r.imageDigest()).map(d -> Wire.one(io.ecskit.domain.ecr.ImageDigest.parse(d))))
                    .fold(Answer::error, image -> Answer.ok(software.amazon.awssdk.services.ecr.model.PutImageResponse.builder()
                            .image(software.amazon.awssdk.services.ecr.model.Image.builder().registryId(kit.accountId()).repositoryName(name.value())
                                    .imageId(software.amazon.awssdk.services.ecr.model.ImageIdentifier.builder().imageDigest(image.digest().value())
                                            .imageTag(r.imageTag()).build())
                                    .imageManifest(r.imageManifest()).imageManifestMediaType(image.manifestMediaType().getOrNull()).build())
                            .build()));
        });
        operations.put(ECR + "BatchGetImage", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.BatchGetImageRequest::builder, "BatchGetImage",
                    Set.of("repositoryName", "registryId", "imageIds"));
            RepositoryName name = repository(r.repositoryName());
            Seq<io.ecskit.domain.ecr.ImageIdentifier> ids = List.ofAll(r.imageIds()).map(EcrLogsOperations::imageId);
            return kit.api().imageRepositories().getImages(name, ids).fold(Answer::error, b ->
                    Answer.ok(software.amazon.awssdk.services.ecr.model.BatchGetImageResponse.builder()
                            .images(b.images().map(i -> software.amazon.awssdk.services.ecr.model.Image.builder().registryId(kit.accountId())
                                    .repositoryName(name.value()).imageId(software.amazon.awssdk.services.ecr.model.ImageIdentifier.builder()
                                            .imageDigest(i.image().digest().value()).imageTag(i.requestedTag().map(t -> t.value()).getOrNull()).build())
                                    .imageManifest(i.manifest()).imageManifestMediaType(i.mediaType()).build()).asJava())
                            .failures(b.failures().map(f -> software.amazon.awssdk.services.ecr.model.ImageFailure.builder()
                                    .imageId(EcrLogsMapping.toSdk(f.imageId())).failureCode(f.failureCode()).failureReason(f.failureReason()).build())
                                    .asJava()).build()));
        });
        operations.put(ECR + "PutImageTagMutability", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutImageTagMutabilityRequest::builder, "PutImageTagMutability",
                    Set.of("repositoryName", "registryId", "imageTagMutability"));
            String wanted = r.imageTagMutabilityAsString();
            if (!"MUTABLE".equals(wanted) && !"IMMUTABLE".equals(wanted)) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "ecskit server supports imageTagMutability "
                        + "MUTABLE and IMMUTABLE, not " + wanted + " (the exclusion-filter variants are not modelled yet)"));
            }
            return kit.api().imageRepositories().putTagMutability(repository(r.repositoryName()),
                    io.ecskit.domain.ecr.TagMutability.valueOf(wanted)).fold(Answer::error, repo ->
                    Answer.ok(software.amazon.awssdk.services.ecr.model.PutImageTagMutabilityResponse.builder().registryId(repo.registryId())
                            .repositoryName(repo.name().value()).imageTagMutability(repo.tagMutability().name()).build()));
        });
        operations.put(ECR + "GetAuthorizationToken", (kit, body) -> {
            Wire.read(body, GetAuthorizationTokenRequest::builder, "GetAuthorizationToken", Set.of("registryIds"));
            return kit.api().imageRepositories().authorization().fold(Answer::error, auth -> Answer.ok(GetAuthorizationTokenResponse.builder()
                    .authorizationData(AuthorizationData.builder()
                            .authorizationToken(Base64.getEncoder().encodeToString((auth.username() + ":" + auth.password())
                                    .getBytes(StandardCharsets.UTF_8)))
                            .proxyEndpoint(auth.proxyEndpoint().toString()).expiresAt(auth.expiresAt()).build()).build()));
        });

        operations.put(LOGS + "CreateLogGroup", (kit, body) -> {
            CreateLogGroupRequest r = Wire.read(body, CreateLogGroupRequest::builder, "CreateLogGroup", Set.of("logGroupName"));
            return kit.api().logs().createGroup(group(r.logGroupName()), Option.none())
                    .fold(Answer::error, g -> Answer.ok(CreateLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "DeleteLogGroup", (kit, body) -> {
            DeleteLogGroupRequest r = Wire.read(body, DeleteLogGroupRequest::builder, "DeleteLogGroup", Set.of("logGroupName"));
            return kit.api().logs().deleteGroup(group(r.logGroupName())).fold(Answer::error, ok -> Answer.ok(DeleteLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "DeleteRetentionPolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.cloudwatchlogs.model.DeleteRetentionPolicyRequest::builder,
                    "DeleteRetentionPolicy", Set.of("logGroupName"));
            return kit.api().logs().deleteRetention(group(r.logGroupName())).fold(Answer::error,
                    ok -> Answer.ok(software.amazon.awssdk.services.cloudwatchlogs.model.DeleteRetentionPolicyResponse.builder().build()));
        });
        operations.put(LOGS + "DeleteLogStream", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.cloudwatchlogs.model.DeleteLogStreamRequest::builder,
                    "DeleteLogStream", Set.of("logGroupName", "logStreamName"));
            return kit.api().logs().deleteStream(group(r.logGroupName()), stream(r.logStreamName())).fold(Answer::error,
                    ok -> Answer.ok(software.amazon.awssdk.services.cloudwatchlogs.model.DeleteLogStreamResponse.builder().build()));
        });
        operations.put(LOGS + "DescribeLogGroups", (kit, body) -> {
            DescribeLogGroupsRequest r = Wire.read(body, DescribeLogGroupsRequest::builder, "DescribeLogGroups",
                    Set.of("logGroupNamePrefix", "limit", "nextToken"));
            // CloudWatch Logs pages by limit: 50 at most and by default
            Pages.Request page = Pages.request("DescribeLogGroups", r.limit(), r.nextToken(), 50, 50);
            return kit.api().logs().groups(Option.of(r.logGroupNamePrefix())).map(groups -> page.of(groups))
                    .fold(Answer::error, p -> Answer.ok(DescribeLogGroupsResponse.builder()
                            .logGroups(p.items().map(EcrLogsMapping::toSdk).toJavaList()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(LOGS + "PutRetentionPolicy", (kit, body) -> {
            PutRetentionPolicyRequest r = Wire.read(body, PutRetentionPolicyRequest::builder, "PutRetentionPolicy", Set.of());
            RetentionDays days = Wire.one(RetentionDays.parse(r.retentionInDays() == null ? 0 : r.retentionInDays()));
            return kit.api().logs().putRetention(group(r.logGroupName()), days)
                    .fold(Answer::error, g -> Answer.ok(PutRetentionPolicyResponse.builder().build()));
        });
        operations.put(LOGS + "CreateLogStream", (kit, body) -> {
            CreateLogStreamRequest r = Wire.read(body, CreateLogStreamRequest::builder, "CreateLogStream", Set.of());
            return kit.api().logs().createStream(group(r.logGroupName()), stream(r.logStreamName()))
                    .fold(Answer::error, s -> Answer.ok(CreateLogStreamResponse.builder().build()));
        });
        operations.put(LOGS + "DescribeLogStreams", (kit, body) -> {
            DescribeLogStreamsRequest r = Wire.read(body, DescribeLogStreamsRequest::builder, "DescribeLogStreams",
                    Set.of("logGroupName", "logStreamNamePrefix", "limit", "nextToken", "orderBy", "descending"));
            LogGroupName group = group(r.logGroupName());
            String groupArn = "arn:aws:logs:" + kit.region() + ":" + kit.accountId() + ":log-group:" + group.value();
            boolean byLastEvent = "LastEventTime".equals(r.orderByAsString());
            if (byLastEvent && r.logStreamNamePrefix() != null) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "Cannot order by LastEventTime with a logStreamNamePrefix."));
            }
            // ordered by name (the default) or by the last event's time, descending when asked, paged by limit (50 at most)
            Pages.Request page = Pages.request("DescribeLogStreams", r.limit(), r.nextToken(), 50, 50);
            java.util.Comparator<io.ecskit.domain.logs.LogStream> order = byLastEvent
                    ? java.util.Comparator.comparing(s -> s.lastEventAt().getOrElse(s.createdAt()))
                    : java.util.Comparator.comparing(s -> s.name().value());
            java.util.Comparator<io.ecskit.domain.logs.LogStream> sorted = Boolean.TRUE.equals(r.descending()) ? order.reversed() : order;
            return kit.api().logs().streams(group, Option.of(r.logStreamNamePrefix())).map(streams -> page.of(streams.sorted(sorted)))
                    .fold(Answer::error, p -> Answer.ok(DescribeLogStreamsResponse.builder()
                            .logStreams(p.items().map(s -> EcrLogsMapping.toSdk(s, groupArn)).asJava()).nextToken(p.nextToken().getOrNull())
                            .build()));
        });
        operations.put(LOGS + "PutLogEvents", (kit, body) -> {
            PutLogEventsRequest r = Wire.read(body, PutLogEventsRequest::builder, "PutLogEvents",
                    Set.of("logGroupName", "logStreamName", "logEvents", "sequenceToken"));
            LogStreamName stream = stream(r.logStreamName());
            for (int i = 0; i < r.logEvents().size(); i++) {
                if (r.logEvents().get(i).timestamp() == null) {
                    throw Wire.missing("logEvents." + (i + 1) + ".member.timestamp");
                }
                if (r.logEvents().get(i).message() == null) {
                    throw Wire.missing("logEvents." + (i + 1) + ".member.message");
                }
            }
            Seq<LogEvent> events = List.ofAll(r.logEvents()).map(e -> new LogEvent(Instant.ofEpochMilli(e.timestamp()), e.message(), stream));
            // CloudWatch Logs refuses a request whose events are out of order (rule logEventsChronological)
            io.ecskit.domain.logs.LogIngestion.chronological(events).forEach(v -> {
                throw new Wire.Refused(Answer.error(io.ecskit.domain.error.EcsError.InvalidParameter.of(v.message())));
            });
            return kit.api().logs().putEvents(group(r.logGroupName()), stream, events)
                    .fold(Answer::error, rejected -> Answer.ok(PutLogEventsResponse.builder()
                            .rejectedLogEventsInfo(rejected.any() ? software.amazon.awssdk.services.cloudwatchlogs.model.RejectedLogEventsInfo
                                    .builder().tooNewLogEventStartIndex(rejected.tooNewLogEventStartIndex().getOrNull())
                                    .tooOldLogEventEndIndex(rejected.tooOldLogEventEndIndex().getOrNull())
                                    .expiredLogEventEndIndex(rejected.expiredLogEventEndIndex().getOrNull()).build() : null)
                            .build()));
        });
        operations.put(LOGS + "FilterLogEvents", (kit, body) -> {
            FilterLogEventsRequest r = Wire.read(body, FilterLogEventsRequest::builder, "FilterLogEvents",
                    Set.of("logGroupName", "logStreamNamePrefix", "logStreamNames", "startTime", "endTime", "limit", "nextToken", "interleaved"));
            Seq<String> names = r.hasLogStreamNames() ? List.ofAll(r.logStreamNames()) : List.empty();
            // pages of limit events (10,000 at most and by default) with a signed nextToken, as CloudWatch Logs pages
            Pages.Request page = Pages.request("FilterLogEvents", r.limit(), r.nextToken(), 10_000, 10_000);
            return events(kit, r.logGroupName(), Option.of(r.logStreamNamePrefix()), r.startTime(), r.endTime())
                    .map(found -> page.of(found.filter(e -> names.isEmpty() || names.contains(e.stream().value())).zipWithIndex()))
                    .fold(Answer::error, p -> Answer.ok(FilterLogEventsResponse.builder()
                            .events(p.items().map(ei -> EcrLogsMapping.toSdk(ei._1, String.valueOf(ei._2))).asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(LOGS + "GetLogEvents", (kit, body) -> {
            GetLogEventsRequest r = Wire.read(body, GetLogEventsRequest::builder, "GetLogEvents",
                    Set.of("logGroupName", "logStreamName", "startTime", "endTime", "limit", "nextToken", "startFromHead"));
            String name = stream(r.logStreamName()).value();
            int limit = r.limit() == null ? 10_000 : r.limit();
            if (limit < 1 || limit > 10_000) {
                throw new Wire.Refused(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.LOG_EVENTS_LIMIT_RANGE, limit,
                        "limit", limit < 1 ? "greater than or equal to 1" : "less than or equal to 10000")));
            }
            Option<long[]> token = Option.of(r.nextToken()).map(EcrLogsOperations::streamToken);
            return events(kit, r.logGroupName(), Option.of(name), r.startTime(), r.endTime())
                    .map(found -> found.filter(e -> e.stream().value().equals(name)))
                    .fold(Answer::error, found -> {
                        // the window GetLogEvents answers: from the head, from the tail (the default), or next to a token
                        int size = found.size();
                        int from;
                        int to;
                        if (token.isDefined()) {
                            int at = (int) Math.min(token.get()[1], size);
                            boolean forward = token.get()[0] == 'f';
                            from = forward ? at : Math.max(0, at - limit);
                            to = forward ? Math.min(size, at + limit) : at;
                        } else if (Boolean.TRUE.equals(r.startFromHead())) {
                            from = 0;
                            to = Math.min(size, limit);
                        } else {
                            from = Math.max(0, size - limit);
                            to = size;
                        }
                        return Answer.ok(GetLogEventsResponse.builder().events(found.slice(from, to).map(e -> OutputLogEvent.builder()
                                        .timestamp(e.timestamp().toEpochMilli()).ingestionTime(e.timestamp().toEpochMilli()).message(e.message()).build())
                                .asJava()).nextForwardToken(streamToken('f', to)).nextBackwardToken(streamToken('b', from)).build());
                    });
        });
    }

    /**
     * GetLogEvents' tokens, shaped as CloudWatch Logs' ({@code f/} or {@code b/} and 56 digits): a position in the stream's
     * events. At the end of the stream the forward token comes back unchanged, which is how clients know to stop.
     */
    static String streamToken(char direction, long position) {
        return direction + "/" + String.format("%056d", position);
    }

    private static long[] streamToken(String token) {
        String digits = token.length() == 58 ? token.substring(2).replaceFirst("^0+(?=.)", "") : "";
        if (token.matches("[fb]/\\d{56}") && digits.length() <= 9) {
            return new long[] {token.charAt(0), Long.parseLong(digits)};
        }
        throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "The specified nextToken is invalid."));
    }

    /** Logs' startTime is inclusive and endTime inclusive; the port's {@code to} is exclusive. */
    private static io.vavr.control.Either<io.ecskit.domain.error.EcsError, Seq<LogEvent>> events(
            EcsKit kit, String group, Option<String> prefix, Long start, Long end) {
        Instant from = start == null ? Instant.EPOCH : Instant.ofEpochMilli(start);
        Instant to = end == null ? Instant.parse("9999-12-31T00:00:00Z") : Instant.ofEpochMilli(end + 1);
        return kit.api().logs().events(group(group), prefix, from, to);
    }

    /** An image identifier of a request: a digest, a tag or both, each as ECR takes it. */
    private static io.ecskit.domain.ecr.ImageIdentifier imageId(software.amazon.awssdk.services.ecr.model.ImageIdentifier id) {
        if (id.imageDigest() == null && id.imageTag() == null) {
            throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "An image identifier needs an imageDigest or an imageTag."));
        }
        return new io.ecskit.domain.ecr.ImageIdentifier(Option.of(id.imageDigest()).map(d -> Wire.one(io.ecskit.domain.ecr.ImageDigest.parse(d))),
                Option.of(id.imageTag()).map(t -> Wire.one(io.ecskit.domain.ecr.ImageTag.parse(t))));
    }

    private static RepositoryName repository(String name) {
        if (name == null) {
            throw Wire.missing("repositoryName");
        }
        return Wire.one(RepositoryName.parse(name));
    }

    private static LogGroupName group(String name) {
        if (name == null) {
            throw Wire.missing("logGroupName");
        }
        return Wire.one(LogGroupName.parse(name));
    }

    private static LogStreamName stream(String name) {
        if (name == null) {
            throw Wire.missing("logStreamName");
        }
        return Wire.one(LogStreamName.parse(name));
    }
}
