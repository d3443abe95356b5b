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

    /** ECR's repository and registry policies, and tags on repositories. */
    private static void registerPoliciesAndTags(Map<String, Operation> operations) {
        operations.put(ECR + "SetRepositoryPolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.SetRepositoryPolicyRequest::builder, "SetRepositoryPolicy",
                    Set.of("repositoryName", "registryId", "policyText", "force"));
            if (r.policyText() == null) {
                throw Wire.missing("policyText");
            }
            // force only matters when a policy would lock its caller out; ecskit evaluates no policy, so none does
            return kit.api().imageRepositories().setPolicy(repository(r.repositoryName()), r.policyText()).fold(Answer::error, p -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.SetRepositoryPolicyResponse.builder().registryId(p.registryId())
                            .repositoryName(p.repositoryName().value()).policyText(p.policyText()).build()));
        });
        operations.put(ECR + "GetRepositoryPolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.GetRepositoryPolicyRequest::builder, "GetRepositoryPolicy",
                    Set.of("repositoryName", "registryId"));
            return kit.api().imageRepositories().policy(repository(r.repositoryName())).fold(Answer::error, p -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.GetRepositoryPolicyResponse.builder().registryId(p.registryId())
                            .repositoryName(p.repositoryName().value()).policyText(p.policyText()).build()));
        });
        operations.put(ECR + "DeleteRepositoryPolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DeleteRepositoryPolicyRequest::builder, "DeleteRepositoryPolicy",
                    Set.of("repositoryName", "registryId"));
            return kit.api().imageRepositories().deletePolicy(repository(r.repositoryName())).fold(Answer::error, p -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.DeleteRepositoryPolicyResponse.builder().registryId(p.registryId())
                            .repositoryName(p.repositoryName().value()).policyText(p.policyText()).build()));
        });
        operations.put(ECR + "PutRegistryPolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutRegistryPolicyRequest::builder, "PutRegistryPolicy",
                    Set.of("policyText"));
            if (r.policyText() == null) {
                throw Wire.missing("policyText");
            }
            return kit.api().imageRepositories().putRegistryPolicy(r.policyText()).fold(Answer::error, p -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.PutRegistryPolicyResponse.builder().registryId(p.registryId())
                            .policyText(p.policyText()).build()));
        });
        operations.put(ECR + "GetRegistryPolicy", (kit, body) -> {
            Wire.read(body, software.amazon.awssdk.services.ecr.model.GetRegistryPolicyRequest::builder, "GetRegistryPolicy", Set.of());
            return kit.api().imageRepositories().registryPolicy().fold(Answer::error, p -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.GetRegistryPolicyResponse.builder().registryId(p.registryId())
                            .policyText(p.policyText()).build()));
        });
        operations.put(ECR + "DeleteRegistryPolicy", (kit, body) -> {
            Wire.read(body, software.amazon.awssdk.services.ecr.model.DeleteRegistryPolicyRequest::builder, "DeleteRegistryPolicy", Set.of());
            return kit.api().imageRepositories().deleteRegistryPolicy().fold(Answer::error, p -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.DeleteRegistryPolicyResponse.builder().registryId(p.registryId())
                            .policyText(p.policyText()).build()));
        });
        operations.put(ECR + "ListTagsForResource", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.ListTagsForResourceRequest::builder, "ListTagsForResource",
                    Set.of("resourceArn"));
            return kit.api().imageRepositories().tags(r.resourceArn()).fold(Answer::error, tags -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.ListTagsForResourceResponse.builder().tags(tags.map(t ->
                            software.amazon.awssdk.services.ecr.model.Tag.builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build())
                            .asJava()).build()));
        });
        operations.put(ECR + "TagResource", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.TagResourceRequest::builder, "TagResource",
                    Set.of("resourceArn", "tags"));
            return kit.api().imageRepositories().tag(r.resourceArn(), List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value())))
                    .fold(Answer::error, done -> Answer.ok(software.amazon.awssdk.services.ecr.model.TagResourceResponse.builder().build()));
        });
        operations.put(ECR + "UntagResource", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.UntagResourceRequest::builder, "UntagResource",
                    Set.of("resourceArn", "tagKeys"));
            return kit.api().imageRepositories().untag(r.resourceArn(), List.ofAll(r.tagKeys()))
                    .fold(Answer::error, done -> Answer.ok(software.amazon.awssdk.services.ecr.model.UntagResourceResponse.builder().build()));
        });
    }

    /** ECR's lifecycle policies: stored, previewed and applied on the clock. */
    private static void registerLifecycle(Map<String, Operation> operations) {
        operations.put(ECR + "PutLifecyclePolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutLifecyclePolicyRequest::builder, "PutLifecyclePolicy",
                    Set.of("repositoryName", "registryId", "lifecyclePolicyText"));
            if (r.lifecyclePolicyText() == null) {
                throw Wire.missing("lifecyclePolicyText");
            }
            return kit.api().imageRepositories().putLifecyclePolicy(repository(r.repositoryName()), r.lifecyclePolicyText()).fold(Answer::error,
                    p -> Answer.ok(software.amazon.awssdk.services.ecr.model.PutLifecyclePolicyResponse.builder().registryId(p.registryId())
                            .repositoryName(p.repositoryName().value()).lifecyclePolicyText(p.policyText()).build()));
        });
        operations.put(ECR + "GetLifecyclePolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.GetLifecyclePolicyRequest::builder, "GetLifecyclePolicy",
                    Set.of("repositoryName", "registryId"));
            return kit.api().imageRepositories().lifecyclePolicy(repository(r.repositoryName())).fold(Answer::error,
                    p -> Answer.ok(software.amazon.awssdk.services.ecr.model.GetLifecyclePolicyResponse.builder().registryId(p.registryId())
                            .repositoryName(p.repositoryName().value()).lifecyclePolicyText(p.policyText())
                            .lastEvaluatedAt(p.lastEvaluatedAt().getOrElse(Instant.EPOCH)).build()));
        });
        operations.put(ECR + "DeleteLifecyclePolicy", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DeleteLifecyclePolicyRequest::builder, "DeleteLifecyclePolicy",
                    Set.of("repositoryName", "registryId"));
            return kit.api().imageRepositories().deleteLifecyclePolicy(repository(r.repositoryName())).fold(Answer::error,
                    p -> Answer.ok(software.amazon.awssdk.services.ecr.model.DeleteLifecyclePolicyResponse.builder().registryId(p.registryId())
                            .repositoryName(p.repositoryName().value()).lifecyclePolicyText(p.policyText())
                            // ECR answers the epoch for a policy never applied yet (the AWS CLI's recorded output shows 0.0)
                            .lastEvaluatedAt(p.lastEvaluatedAt().getOrElse(Instant.EPOCH)).build()));
        });
        operations.put(ECR + "StartLifecyclePolicyPreview", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.StartLifecyclePolicyPreviewRequest::builder,
                    "StartLifecyclePolicyPreview", Set.of("repositoryName", "registryId", "lifecyclePolicyText"));
            return kit.api().imageRepositories().startLifecyclePolicyPreview(repository(r.repositoryName()), Option.of(r.lifecyclePolicyText()))
                    .fold(Answer::error, p -> Answer.ok(software.amazon.awssdk.services.ecr.model.StartLifecyclePolicyPreviewResponse.builder()
                            .registryId(p.registryId()).repositoryName(p.repositoryName().value()).lifecyclePolicyText(p.policyText())
                            .status(p.status()).build()));
        });
        operations.put(ECR + "GetLifecyclePolicyPreview", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.GetLifecyclePolicyPreviewRequest::builder,
                    "GetLifecyclePolicyPreview", Set.of("repositoryName", "registryId", "maxResults", "nextToken", "filter", "imageIds"));
            if (r.hasImageIds() && !r.imageIds().isEmpty()) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "ecskit server answers a preview for every image: imageIds is not supported yet"));
            }
            // ECR pages preview results by maxResults: 100 by default, 1,000 at most
            Pages.Request page = Pages.request("GetLifecyclePolicyPreview", r.maxResults(), r.nextToken(), 100, 1000);
            return kit.api().imageRepositories().lifecyclePolicyPreview(repository(r.repositoryName())).fold(Answer::error, p -> {
                var results = p.results().filter(x -> r.filter() == null || r.filter().tagStatus() == null
                        || "ANY".equals(r.filter().tagStatusAsString())
                        || ("TAGGED".equals(r.filter().tagStatusAsString()) != x.imageTags().isEmpty()));
                var paged = page.of(results);
                return Answer.ok(software.amazon.awssdk.services.ecr.model.GetLifecyclePolicyPreviewResponse.builder()
                        .registryId(p.registryId()).repositoryName(p.repositoryName().value()).lifecyclePolicyText(p.policyText())
                        .status(p.status()).nextToken(paged.nextToken().getOrNull())
                        .previewResults(paged.items().map(x -> software.amazon.awssdk.services.ecr.model.LifecyclePolicyPreviewResult.builder()
                                .imageDigest(x.imageDigest().value()).imageTags(x.imageTags().map(t -> t.value()).asJava())
                                .imagePushedAt(x.imagePushedAt()).appliedRulePriority(x.appliedRulePriority())
                                .action(a -> a.type("EXPIRE")).build()).asJava())
                        .summary(s -> s.expiringImageTotalCount(p.expiringImageTotalCount())).build());
            });
        });
    }

    /** ECR's basic scanning: scan on push, StartImageScan, findings on the clock. */
    private static void registerScanning(Map<String, Operation> operations) {
        operations.put(ECR + "PutImageScanningConfiguration", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutImageScanningConfigurationRequest::builder,
                    "PutImageScanningConfiguration", Set.of("repositoryName", "registryId", "imageScanningConfiguration"));
            if (r.imageScanningConfiguration() == null) {
                throw Wire.missing("imageScanningConfiguration");
            }
            boolean onPush = Boolean.TRUE.equals(r.imageScanningConfiguration().scanOnPush());
            return kit.api().imageRepositories().putScanOnPush(repository(r.repositoryName()), onPush).fold(Answer::error, repo -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.PutImageScanningConfigurationResponse.builder().registryId(repo.registryId())
                            .repositoryName(repo.name().value()).imageScanningConfiguration(c -> c.scanOnPush(repo.scanOnPush())).build()));
        });
        operations.put(ECR + "StartImageScan", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.StartImageScanRequest::builder, "StartImageScan",
                    Set.of("repositoryName", "registryId", "imageId"));
            if (r.imageId() == null) {
                throw Wire.missing("imageId");
            }
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().startImageScan(name, imageId(r.imageId())).fold(Answer::error, scan -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.StartImageScanResponse.builder().registryId(kit.accountId())
                            .repositoryName(name.value()).imageId(i -> i.imageDigest(scan.imageDigest().value())
                                    .imageTag(scan.imageTag().map(t -> t.value()).getOrNull()))
                            .imageScanStatus(s -> s.status(scan.status()).description(scan.description())).build()));
        });
        operations.put(ECR + "DescribeImageScanFindings", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DescribeImageScanFindingsRequest::builder,
                    "DescribeImageScanFindings", Set.of("repositoryName", "registryId", "imageId", "maxResults", "nextToken"));
            if (r.imageId() == null) {
                throw Wire.missing("imageId");
            }
            RepositoryName name = repository(r.repositoryName());
            // ECR pages findings by maxResults: 100 by default, 1,000 at most
            Pages.Request page = Pages.request("DescribeImageScanFindings", r.maxResults(), r.nextToken(), 100, 1000);
            return kit.api().imageRepositories().imageScanFindings(name, imageId(r.imageId())).fold(Answer::error, scan -> {
                var findings = page.of(scan.findings());
                var builder = software.amazon.awssdk.services.ecr.model.DescribeImageScanFindingsResponse.builder().registryId(kit.accountId())
                        .repositoryName(name.value()).imageId(i -> i.imageDigest(scan.imageDigest().value())
                                .imageTag(scan.imageTag().map(t -> t.value()).getOrNull()))
                        .imageScanStatus(s -> s.status(scan.status()).description(scan.description()))
                        .nextToken(findings.nextToken().getOrNull());
                if (scan.completedAt().isDefined()) {
                    builder.imageScanFindings(f -> f.imageScanCompletedAt(scan.completedAt().get())
                            .vulnerabilitySourceUpdatedAt(scan.completedAt().get())
                            .findingSeverityCountsWithStrings(scan.findings().groupBy(x -> x.severity()).mapValues(v -> v.size()).toJavaMap())
                            .findings(findings.items().map(x -> software.amazon.awssdk.services.ecr.model.ImageScanFinding.builder()
                                    .name(x.name()).severity(x.severity()).description(x.description()).uri(x.uri()).build()).asJava()));
                }
                return Answer.ok(builder.build());
            });
        });
    }

    /** ECR's registry settings (replication, registry scanning) and pull through cache rules: stored and checked. */
    private static void registerRegistrySettings(Map<String, Operation> operations) {
        operations.put(ECR + "PutReplicationConfiguration", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutReplicationConfigurationRequest::builder,
                    "PutReplicationConfiguration", Set.of("replicationConfiguration"));
            if (r.replicationConfiguration() == null) {
                throw Wire.missing("replicationConfiguration");
            }
            var configuration = Wire.domain(io.ecskit.mapping.SdkMapping.toDomain(r.replicationConfiguration(),
                    io.ecskit.domain.ecr.ReplicationConfiguration.class));
            return kit.api().imageRepositories().putReplicationConfiguration(configuration).fold(Answer::error, c -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.PutReplicationConfigurationResponse.builder().replicationConfiguration(
                            io.ecskit.mapping.SdkMapping.toSdk(c, software.amazon.awssdk.services.ecr.model.ReplicationConfiguration.class)).build()));
        });
        operations.put(ECR + "DescribeRegistry", (kit, body) -> {
            Wire.read(body, software.amazon.awssdk.services.ecr.model.DescribeRegistryRequest::builder, "DescribeRegistry", Set.of());
            // an account that never put one answers an empty rule list, as ECR does
            return kit.api().imageRepositories().replicationConfiguration().fold(Answer::error, c -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.DescribeRegistryResponse.builder().registryId(kit.accountId())
                            .replicationConfiguration(c.map(x -> io.ecskit.mapping.SdkMapping.toSdk(x,
                                    software.amazon.awssdk.services.ecr.model.ReplicationConfiguration.class))
                                    .getOrElse(() -> software.amazon.awssdk.services.ecr.model.ReplicationConfiguration.builder()
                                            .rules(java.util.List.of()).build())).build()));
        });
        operations.put(ECR + "PutRegistryScanningConfiguration", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutRegistryScanningConfigurationRequest::builder,
                    "PutRegistryScanningConfiguration", Set.of("scanType", "rules"));
            var configuration = Wire.domain(io.ecskit.mapping.SdkMapping.toDomain(
                    software.amazon.awssdk.services.ecr.model.RegistryScanningConfiguration.builder().scanType(r.scanTypeAsString())
                            .rules(r.rules()).build(), io.ecskit.domain.ecr.RegistryScanningConfiguration.class));
            return kit.api().imageRepositories().putRegistryScanningConfiguration(configuration).fold(Answer::error, c -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.PutRegistryScanningConfigurationResponse.builder().registryScanningConfiguration(
                            io.ecskit.mapping.SdkMapping.toSdk(c, software.amazon.awssdk.services.ecr.model.RegistryScanningConfiguration.class)).build()));
        });
        operations.put(ECR + "GetRegistryScanningConfiguration", (kit, body) -> {
            Wire.read(body, software.amazon.awssdk.services.ecr.model.GetRegistryScanningConfigurationRequest::builder,
                    "GetRegistryScanningConfiguration", Set.of());
            return kit.api().imageRepositories().registryScanningConfiguration().fold(Answer::error, c -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.GetRegistryScanningConfigurationResponse.builder().registryId(kit.accountId())
                            .scanningConfiguration(io.ecskit.mapping.SdkMapping.toSdk(c,
                                    software.amazon.awssdk.services.ecr.model.RegistryScanningConfiguration.class)).build()));
        });
        operations.put(ECR + "BatchGetRepositoryScanningConfiguration", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.BatchGetRepositoryScanningConfigurationRequest::builder,
                    "BatchGetRepositoryScanningConfiguration", Set.of("repositoryNames"));
            var found = new java.util.ArrayList<software.amazon.awssdk.services.ecr.model.RepositoryScanningConfiguration>();
            var failures = new java.util.ArrayList<software.amazon.awssdk.services.ecr.model.RepositoryScanningConfigurationFailure>();
            for (String name : r.repositoryNames()) {
                var described = kit.api().imageRepositories().describe(repository(name));
                if (described.isLeft()) {
                    return Answer.error(described.getLeft());
                }
                if (described.get().isEmpty()) {
                    failures.add(software.amazon.awssdk.services.ecr.model.RepositoryScanningConfigurationFailure.builder().repositoryName(name)
                            .failureCode("REPOSITORY_NOT_FOUND").failureReason("REPOSITORY_NOT_FOUND").build());
                } else {
                    var repo = described.get().get();
                    found.add(software.amazon.awssdk.services.ecr.model.RepositoryScanningConfiguration.builder().repositoryArn(repo.arn())
                            .repositoryName(name).scanOnPush(repo.scanOnPush())
                            .scanFrequency(repo.scanOnPush() ? "SCAN_ON_PUSH" : "MANUAL").appliedScanFilters(java.util.List.of()).build());
                }
            }
            return Answer.ok(software.amazon.awssdk.services.ecr.model.BatchGetRepositoryScanningConfigurationResponse.builder()
                    .scanningConfigurations(found).failures(failures).build());
        });
        operations.put(ECR + "CreatePullThroughCacheRule", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.CreatePullThroughCacheRuleRequest::builder,
                    "CreatePullThroughCacheRule", Set.of("ecrRepositoryPrefix", "upstreamRegistryUrl", "registryId", "upstreamRegistry",
                            "credentialArn", "customRoleArn", "upstreamRepositoryPrefix"));
            EcsOperations.required(r.ecrRepositoryPrefix(), "ecrRepositoryPrefix");
            EcsOperations.required(r.upstreamRegistryUrl(), "upstreamRegistryUrl");
            var rule = io.ecskit.domain.ecr.PullThroughCacheRule.builder().ecrRepositoryPrefix(r.ecrRepositoryPrefix())
                    .upstreamRegistryUrl(r.upstreamRegistryUrl())
                    .upstreamRegistry(Option.of(r.upstreamRegistryAsString()).map(u -> io.vavr.collection.List.of(
                            io.ecskit.domain.ecr.UpstreamRegistry.values()).find(v -> v.wire().equals(u)).get()))
                    .credentialArn(Option.of(r.credentialArn())).customRoleArn(Option.of(r.customRoleArn()))
                    .upstreamRepositoryPrefix(Option.of(r.upstreamRepositoryPrefix())).build();
            return kit.api().imageRepositories().createPullThroughCacheRule(rule).fold(Answer::error, c -> Answer.ok(
                    io.ecskit.mapping.SdkMapping.toSdk(c, software.amazon.awssdk.services.ecr.model.CreatePullThroughCacheRuleResponse.class)));
        });
        operations.put(ECR + "DescribePullThroughCacheRules", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DescribePullThroughCacheRulesRequest::builder,
                    "DescribePullThroughCacheRules", Set.of("registryId", "ecrRepositoryPrefixes", "maxResults", "nextToken"));
            // ECR pages by maxResults: 100 by default, 1,000 at most
            Pages.Request page = Pages.request("DescribePullThroughCacheRules", r.maxResults(), r.nextToken(), 100, 1000);
            return kit.api().imageRepositories().pullThroughCacheRules(List.ofAll(r.ecrRepositoryPrefixes())).map(page::of)
                    .fold(Answer::error, p -> Answer.ok(software.amazon.awssdk.services.ecr.model.DescribePullThroughCacheRulesResponse.builder()
                            .pullThroughCacheRules(p.items().map(x -> io.ecskit.mapping.SdkMapping.toSdk(x,
                                    software.amazon.awssdk.services.ecr.model.PullThroughCacheRule.class)).asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(ECR + "UpdatePullThroughCacheRule", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.UpdatePullThroughCacheRuleRequest::builder,
                    "UpdatePullThroughCacheRule", Set.of("registryId", "ecrRepositoryPrefix", "credentialArn", "customRoleArn"));
            EcsOperations.required(r.ecrRepositoryPrefix(), "ecrRepositoryPrefix");
            var rule = io.ecskit.domain.ecr.PullThroughCacheRule.builder().ecrRepositoryPrefix(r.ecrRepositoryPrefix())
                    .credentialArn(Option.of(r.credentialArn())).customRoleArn(Option.of(r.customRoleArn())).build();
            return kit.api().imageRepositories().updatePullThroughCacheRule(rule).fold(Answer::error, c -> Answer.ok(
                    io.ecskit.mapping.SdkMapping.toSdk(c, software.amazon.awssdk.services.ecr.model.UpdatePullThroughCacheRuleResponse.class)));
        });
        operations.put(ECR + "DeletePullThroughCacheRule", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DeletePullThroughCacheRuleRequest::builder,
                    "DeletePullThroughCacheRule", Set.of("registryId", "ecrRepositoryPrefix"));
            EcsOperations.required(r.ecrRepositoryPrefix(), "ecrRepositoryPrefix");
            return kit.api().imageRepositories().deletePullThroughCacheRule(r.ecrRepositoryPrefix()).fold(Answer::error, c -> Answer.ok(
                    io.ecskit.mapping.SdkMapping.toSdk(c, software.amazon.awssdk.services.ecr.model.DeletePullThroughCacheRuleResponse.class)));
        });
    }

    /** ECR's repository creation templates (stored and checked) and the OCI 1.1 referrers of an image. */
    private static void registerTemplatesAndReferrers(Map<String, Operation> operations) {
        operations.put(ECR + "CreateRepositoryCreationTemplate", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.CreateRepositoryCreationTemplateRequest::builder,
                    "CreateRepositoryCreationTemplate", Set.of());
            EcsOperations.required(r.prefix(), "prefix");
            if (!r.hasAppliedFor() || r.appliedFor().isEmpty()) {
                throw Wire.missing("appliedFor");
            }
            var template = Wire.domain(io.ecskit.mapping.SdkMapping.toDomain(r, io.ecskit.domain.ecr.RepositoryCreationTemplate.class));
            return kit.api().imageRepositories().createRepositoryCreationTemplate(template).fold(Answer::error, t -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.CreateRepositoryCreationTemplateResponse.builder().registryId(kit.accountId())
                            .repositoryCreationTemplate(template(t)).build()));
        });
        operations.put(ECR + "DescribeRepositoryCreationTemplates", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DescribeRepositoryCreationTemplatesRequest::builder,
                    "DescribeRepositoryCreationTemplates", Set.of("prefixes", "maxResults", "nextToken"));
            // ECR pages by maxResults: 100 by default, 1,000 at most
            Pages.Request page = Pages.request("DescribeRepositoryCreationTemplates", r.maxResults(), r.nextToken(), 100, 1000);
            return kit.api().imageRepositories().repositoryCreationTemplates(List.ofAll(r.prefixes())).map(page::of)
                    .fold(Answer::error, p -> Answer.ok(software.amazon.awssdk.services.ecr.model.DescribeRepositoryCreationTemplatesResponse.builder()
                            .registryId(kit.accountId()).repositoryCreationTemplates(p.items().map(EcrLogsOperations::template).asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(ECR + "UpdateRepositoryCreationTemplate", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.UpdateRepositoryCreationTemplateRequest::builder,
                    "UpdateRepositoryCreationTemplate", Set.of());
            EcsOperations.required(r.prefix(), "prefix");
            var template = Wire.domain(io.ecskit.mapping.SdkMapping.toDomain(r, io.ecskit.domain.ecr.RepositoryCreationTemplate.class));
            return kit.api().imageRepositories().updateRepositoryCreationTemplate(template).fold(Answer::error, t -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.UpdateRepositoryCreationTemplateResponse.builder().registryId(kit.accountId())
                            .repositoryCreationTemplate(template(t)).build()));
        });
        operations.put(ECR + "DeleteRepositoryCreationTemplate", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DeleteRepositoryCreationTemplateRequest::builder,
                    "DeleteRepositoryCreationTemplate", Set.of("prefix"));
            EcsOperations.required(r.prefix(), "prefix");
            return kit.api().imageRepositories().deleteRepositoryCreationTemplate(r.prefix()).fold(Answer::error, t -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.DeleteRepositoryCreationTemplateResponse.builder().registryId(kit.accountId())
                            .repositoryCreationTemplate(template(t)).build()));
        });
        operations.put(ECR + "ListImageReferrers", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.ListImageReferrersRequest::builder, "ListImageReferrers",
                    Set.of("registryId", "repositoryName", "subjectId", "filter", "maxResults", "nextToken"));
            if (r.subjectId() == null || r.subjectId().imageDigest() == null) {
                throw Wire.missing("subjectId.imageDigest");
            }
            if (r.filter() != null && r.filter().artifactStatus() != null && !"ACTIVE".equals(r.filter().artifactStatusAsString())
                    && !"ANY".equals(r.filter().artifactStatusAsString())) {
                // ecskit does not model the archive storage class: every referrer is ACTIVE
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "ecskit server does not model archived artifacts: filter.artifactStatus ACTIVE or ANY"));
            }
            io.ecskit.domain.ecr.ImageDigest subject = Wire.one(io.ecskit.domain.ecr.ImageDigest.parse(r.subjectId().imageDigest()));
            Seq<String> types = r.filter() == null ? List.empty() : List.ofAll(r.filter().artifactTypes());
            // ECR pages referrers by maxResults: 50 at most and by default
            Pages.Request page = Pages.request("ListImageReferrers", r.maxResults(), r.nextToken(), 50, 50);
            return kit.api().imageRepositories().imageReferrers(repository(r.repositoryName()), subject, types).map(page::of)
                    .fold(Answer::error, p -> Answer.ok(software.amazon.awssdk.services.ecr.model.ListImageReferrersResponse.builder()
                            .referrers(p.items().map(x -> io.ecskit.mapping.SdkMapping.toSdk(x,
                                    software.amazon.awssdk.services.ecr.model.ImageReferrer.class)).asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
    }

    private static software.amazon.awssdk.services.ecr.model.RepositoryCreationTemplate template(io.ecskit.domain.ecr.RepositoryCreationTemplate t) {
        return io.ecskit.mapping.SdkMapping.toSdk(t, software.amazon.awssdk.services.ecr.model.RepositoryCreationTemplate.class);
    }

    /** ECR's layer operations: what docker and Jib call through the registry endpoint, also as ECR API calls. */
    private static void registerLayers(Map<String, Operation> operations, OciRegistry registry) {
        operations.put(ECR + "InitiateLayerUpload", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.InitiateLayerUploadRequest::builder, "InitiateLayerUpload",
                    Set.of("repositoryName", "registryId"));
            return kit.api().imageRepositories().initiateLayerUpload(repository(r.repositoryName())).fold(Answer::error, u ->
                    Answer.ok(software.amazon.awssdk.services.ecr.model.InitiateLayerUploadResponse.builder().uploadId(u.uploadId())
                            .partSize(u.partSize()).build()));
        });
        operations.put(ECR + "UploadLayerPart", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.UploadLayerPartRequest::builder, "UploadLayerPart",
                    Set.of("repositoryName", "registryId", "uploadId", "partFirstByte", "partLastByte", "layerPartBlob"));
            if (r.uploadId() == null) {
                throw Wire.missing("uploadId");
            }
            if (r.partFirstByte() == null || r.partLastByte() == null || r.layerPartBlob() == null) {
                throw Wire.missing(r.partFirstByte() == null ? "partFirstByte" : r.partLastByte() == null ? "partLastByte" : "layerPartBlob");
            }
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().uploadLayerPart(name, r.uploadId(), r.partFirstByte(), r.partLastByte(),
                    r.layerPartBlob().asByteArrayUnsafe()).fold(Answer::error, last -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.UploadLayerPartResponse.builder().registryId(kit.accountId())
                            .repositoryName(name.value()).uploadId(r.uploadId()).lastByteReceived(last).build()));
        });
        operations.put(ECR + "CompleteLayerUpload", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.CompleteLayerUploadRequest::builder, "CompleteLayerUpload",
                    Set.of("repositoryName", "registryId", "uploadId", "layerDigests"));
            if (r.uploadId() == null) {
                throw Wire.missing("uploadId");
            }
            if (!r.hasLayerDigests() || r.layerDigests().size() != 1) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "ecskit completes an upload as one layer: give "
                        + "exactly one layerDigests entry (sha256: and 64 hex digits), not " + (r.hasLayerDigests() ? r.layerDigests().size() : 0)));
            }
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().completeLayerUpload(name, r.uploadId(),
                            Wire.one(io.ecskit.domain.ecr.ImageDigest.parse(r.layerDigests().get(0))))
                    .fold(Answer::error, digest -> Answer.ok(software.amazon.awssdk.services.ecr.model.CompleteLayerUploadResponse.builder()
                            .registryId(kit.accountId()).repositoryName(name.value()).uploadId(r.uploadId()).layerDigest(digest.value()).build()));
        });
        operations.put(ECR + "BatchCheckLayerAvailability", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.BatchCheckLayerAvailabilityRequest::builder,
                    "BatchCheckLayerAvailability", Set.of("repositoryName", "registryId", "layerDigests"));
            return kit.api().imageRepositories().checkLayerAvailability(repository(r.repositoryName()), List.ofAll(r.layerDigests()))
                    .fold(Answer::error, c -> Answer.ok(software.amazon.awssdk.services.ecr.model.BatchCheckLayerAvailabilityResponse.builder()
                            .layers(c.layers().map(l -> software.amazon.awssdk.services.ecr.model.Layer.builder().layerDigest(l.digest().value())
                                    .layerAvailability(l.availability()).layerSize(l.size()).mediaType(l.mediaType().getOrNull()).build()).asJava())
                            .failures(c.failures().map(f -> software.amazon.awssdk.services.ecr.model.LayerFailure.builder()
                                    .layerDigest(f.layerDigest()).failureCode(f.failureCode()).failureReason(f.failureReason()).build()).asJava())
                            .build()));
        });
        operations.put(ECR + "GetDownloadUrlForLayer", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.GetDownloadUrlForLayerRequest::builder,
                    "GetDownloadUrlForLayer", Set.of("repositoryName", "registryId", "layerDigest"));
            RepositoryName name = repository(r.repositoryName());
            if (r.layerDigest() == null) {
                throw Wire.missing("layerDigest");
            }
            io.ecskit.domain.ecr.ImageDigest digest = Wire.one(io.ecskit.domain.ecr.ImageDigest.parse(r.layerDigest()));
            return kit.api().imageRepositories().downloadLayer(name, digest).fold(Answer::error, layer -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.GetDownloadUrlForLayerResponse.builder()
                            .downloadUrl(registry.downloadUrl(kit, name, digest)).layerDigest(digest.value()).build()));
        });
    }

    static void register(Map<String, Operation> operations, OciRegistry registry) {
        registerLayers(operations, registry);
        registerPoliciesAndTags(operations);
        registerLifecycle(operations);
        registerScanning(operations);
        registerLogFilters(operations);
        registerRegistrySettings(operations);
        registerTemplatesAndReferrers(operations);
        operations.put(ECR + "CreateRepository", (kit, body) -> {
            CreateRepositoryRequest r = Wire.read(body, CreateRepositoryRequest::builder, "CreateRepository",
                    Set.of("repositoryName", "imageTagMutability", "imageScanningConfiguration", "registryId", "tags",
                            "encryptionConfiguration", "imageTagMutabilityExclusionFilters"));
            io.ecskit.domain.ecr.EncryptionConfiguration encryption = io.ecskit.domain.ecr.EncryptionConfiguration.AES256;
            if (r.encryptionConfiguration() != null) {
                String type = r.encryptionConfiguration().encryptionTypeAsString();
                String key = r.encryptionConfiguration().kmsKey();
                if (type == null) {
                    throw Wire.missing("encryptionConfiguration.encryptionType");
                }
                if ("AES256".equals(type) && key != null) {
                    // ECR's own check: a key belongs to the KMS types only
                    return Answer.error(400, "InvalidParameterException", "Invalid parameter: kmsKey can only be specified when "
                            + "encryptionType is KMS or KMS_DSSE");
                }
                encryption = new io.ecskit.domain.ecr.EncryptionConfiguration(type, Option.of(key));
            }
            List<io.ecskit.domain.Tag> tags = r.hasTags() ? List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value()))
                    : List.empty();
            if (tags.exists(t -> t.key().getOrElse("").isEmpty() || t.key().get().length() > 128 || t.value().getOrElse("").length() > 256)) {
                return Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.ECR_TAG_FORMAT));
            }
            if (tags.map(t -> t.key().get()).distinct().size() > 50) {
                return Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.ECR_TAGS_AT_MOST_FIFTY));
            }
            RepositorySpec spec = new RepositorySpec(repository(r.repositoryName()),
                    r.imageTagMutabilityAsString() == null ? TagMutability.MUTABLE : EcrLogsMapping.tagMutability(r.imageTagMutabilityAsString()),
                    r.imageScanningConfiguration() != null && Boolean.TRUE.equals(r.imageScanningConfiguration().scanOnPush()), encryption,
                    exclusionFilters(r.imageTagMutabilityExclusionFilters()));
            // the tags were checked above, so tagging the new repository cannot fail half-way
            return kit.api().imageRepositories().create(spec)
                    .flatMap(repo -> tags.isEmpty() ? io.vavr.control.Either.right(repo)
                            : kit.api().imageRepositories().tag(repo.arn(), tags).map(done -> repo))
                    .fold(Answer::error, repo -> Answer.ok(CreateRepositoryResponse.builder()
                    .repository(EcrLogsMapping.toSdk(repo)).build()));
        });
        operations.put(ECR + "DescribeRepositories", (kit, body) -> {
            DescribeRepositoriesRequest r = Wire.read(body, DescribeRepositoriesRequest::builder, "DescribeRepositories",
                    Set.of("repositoryNames", "registryId", "maxResults", "nextToken"));
            if (!r.hasRepositoryNames() || r.repositoryNames().isEmpty()) {
                // ECR pages DescribeRepositories by maxResults: 100 by default, 1,000 at most
                Pages.Request page = Pages.request("DescribeRepositories", r.maxResults(), r.nextToken(), 100, 1000);
                return kit.api().imageRepositories().repositories().map(page::of).fold(Answer::error, p -> Answer.ok(
                        DescribeRepositoriesResponse.builder().repositories(p.items().map(EcrLogsMapping::toSdk).asJava())
                                .nextToken(p.nextToken().getOrNull()).build()));
            }
            if (r.nextToken() != null || r.maxResults() != null) {
                // ECR's own rule: paging goes with listing, not with names
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "Invalid parameter: maxResults and nextToken cannot be given with repositoryNames"));
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
                    Set.of("repositoryName", "registryId", "maxResults", "nextToken", "imageIds", "filter"));
            Seq<io.ecskit.domain.ecr.ImageIdentifier> ids = List.ofAll(r.imageIds()).map(EcrLogsOperations::imageId);
            if (!ids.isEmpty() && (r.maxResults() != null || r.nextToken() != null)) {
                // ECR: maxResults and nextToken page the whole repository; they cannot be used with imageIds
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "Invalid parameter: maxResults and nextToken cannot be used with imageIds"));
            }
            String tagStatus = r.filter() == null ? null : r.filter().tagStatusAsString();
            // ECR pages DescribeImages by maxResults: 100 by default, 1,000 at most
            Pages.Request page = Pages.request("DescribeImages", r.maxResults(), r.nextToken(), 100, 1000);
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().images(name).flatMap(images -> {
                Seq<io.ecskit.domain.ecr.Image> chosen = images.filter(i -> tagStatus == null || "ANY".equals(tagStatus)
                        || "TAGGED".equals(tagStatus) != i.tags().isEmpty());
                for (io.ecskit.domain.ecr.ImageIdentifier id : ids) {
                    if (chosen.find(i -> id.imageDigest().forAll(i.digest()::equals) && id.imageTag().forAll(i.tags()::contains)).isEmpty()) {
                        return io.vavr.control.Either.left(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.IMAGE_ID_FOUND,
                                "'" + List.of(id.imageDigest().map(d -> "imageDigest=" + d.value()), id.imageTag().map(t -> "imageTag=" + t.value()))
                                        .flatMap(o -> o).mkString(", ") + "'", name.value(), kit.accountId()));
                    }
                }
                return io.vavr.control.Either.right(ids.isEmpty() ? chosen : chosen.filter(i -> ids.exists(id ->
                        id.imageDigest().forAll(i.digest()::equals) && id.imageTag().forAll(i.tags()::contains))));
            }).map(page::of).fold(Answer::error, p ->
                    Answer.ok(DescribeImagesResponse.builder().imageDetails(p.items().map(i -> withScan(kit, name, EcrLogsMapping.toSdk(i, kit.accountId())))
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
                    Set.of("repositoryName", "registryId", "imageTagMutability", "imageTagMutabilityExclusionFilters"));
            if (r.imageTagMutabilityAsString() == null) {
                throw Wire.missing("imageTagMutability");
            }
            return kit.api().imageRepositories().putTagMutability(repository(r.repositoryName()),
                    EcrLogsMapping.tagMutability(r.imageTagMutabilityAsString()), exclusionFilters(r.imageTagMutabilityExclusionFilters()))
                    .fold(Answer::error, repo -> Answer.ok(software.amazon.awssdk.services.ecr.model.PutImageTagMutabilityResponse.builder()
                            .registryId(repo.registryId()).repositoryName(repo.name().value()).imageTagMutability(repo.tagMutability().name())
                            .imageTagMutabilityExclusionFilters(repo.tagMutabilityExclusionFilters().isEmpty() ? null
                                    : EcrLogsMapping.exclusionFilters(repo.tagMutabilityExclusionFilters())).build()));
        });
        operations.put(ECR + "GetAuthorizationToken", (kit, body) -> {
            Wire.read(body, GetAuthorizationTokenRequest::builder, "GetAuthorizationToken", Set.of("registryIds"));
            return kit.api().imageRepositories().authorization().fold(Answer::error, auth -> Answer.ok(GetAuthorizationTokenResponse.builder()
                    .authorizationData(AuthorizationData.builder()
                            // the password is the server's: it names the region and the expiry for the registry endpoint
                            .authorizationToken(Base64.getEncoder().encodeToString((auth.username() + ":" + registry.password(kit.region(), auth))
                                    .getBytes(StandardCharsets.UTF_8)))
                            .proxyEndpoint(auth.proxyEndpoint().toString()).expiresAt(auth.expiresAt()).build()).build()));
        });

        operations.put(LOGS + "CreateLogGroup", (kit, body) -> {
            CreateLogGroupRequest r = Wire.read(body, CreateLogGroupRequest::builder, "CreateLogGroup", Set.of("logGroupName", "tags"));
            Seq<io.ecskit.domain.Tag> tags = List.ofAll(r.tags().entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()));
            Option<Answer> invalid = invalidLogTags(tags);
            if (invalid.isDefined()) {
                return invalid.get();
            }
            // the tags were checked above, so tagging the new group cannot fail half-way
            return kit.api().logs().createGroup(group(r.logGroupName()), Option.none())
                    .flatMap(g -> tags.isEmpty() ? io.vavr.control.Either.right(g) : kit.api().logs().tag(g.name(), tags).map(done -> g))
                    .fold(Answer::error, g -> Answer.ok(CreateLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "ListTagsLogGroup", (kit, body) -> {
            var r = Wire.read(body, ListTagsLogGroupRequest::builder, "ListTagsLogGroup", Set.of("logGroupName"));
            return kit.api().logs().tags(group(r.logGroupName())).fold(Answer::error, tags -> Answer.ok(ListTagsLogGroupResponse.builder()
                    .tags(tags.toJavaMap(t -> new io.vavr.Tuple2<>(t.key().get(), t.value().getOrElse("")))).build()));
        });
        operations.put(LOGS + "TagLogGroup", (kit, body) -> {
            var r = Wire.read(body, TagLogGroupRequest::builder, "TagLogGroup", Set.of("logGroupName", "tags"));
            Seq<io.ecskit.domain.Tag> tags = List.ofAll(r.tags().entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()));
            return kit.api().logs().tag(group(r.logGroupName()), tags).fold(Answer::error, done -> Answer.ok(TagLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "UntagLogGroup", (kit, body) -> {
            var r = Wire.read(body, UntagLogGroupRequest::builder, "UntagLogGroup", Set.of("logGroupName", "tags"));
            return kit.api().logs().untag(group(r.logGroupName()), List.ofAll(r.tags()))
                    .fold(Answer::error, done -> Answer.ok(UntagLogGroupResponse.builder().build()));
        });
        operations.put(LOGS + "ListTagsForResource", (kit, body) -> {
            var r = Wire.read(body, ListTagsForResourceRequest::builder, "ListTagsForResource", Set.of("resourceArn"));
            return kit.api().logs().tags(groupOfArn(kit, r.resourceArn())).fold(Answer::error, tags -> Answer.ok(ListTagsForResourceResponse.builder()
                    .tags(tags.toJavaMap(t -> new io.vavr.Tuple2<>(t.key().get(), t.value().getOrElse("")))).build()));
        });
        operations.put(LOGS + "TagResource", (kit, body) -> {
            var r = Wire.read(body, TagResourceRequest::builder, "TagResource", Set.of("resourceArn", "tags"));
            Seq<io.ecskit.domain.Tag> tags = List.ofAll(r.tags().entrySet()).map(e -> io.ecskit.domain.Tag.of(e.getKey(), e.getValue()));
            return kit.api().logs().tag(groupOfArn(kit, r.resourceArn()), tags)
                    .fold(Answer::error, done -> Answer.ok(TagResourceResponse.builder().build()));
        });
        operations.put(LOGS + "UntagResource", (kit, body) -> {
            var r = Wire.read(body, UntagResourceRequest::builder, "UntagResource", Set.of("resourceArn", "tagKeys"));
            return kit.api().logs().untag(groupOfArn(kit, r.resourceArn()), List.ofAll(r.tagKeys()))
                    .fold(Answer::error, done -> Answer.ok(UntagResourceResponse.builder().build()));
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
                    Set.of("logGroupName", "logStreamNamePrefix", "logStreamNames", "startTime", "endTime", "limit", "nextToken", "interleaved",
                            "filterPattern"));
            Seq<String> names = r.hasLogStreamNames() ? List.ofAll(r.logStreamNames()) : List.empty();
            // pages of limit events (10,000 at most and by default) with a signed nextToken, as CloudWatch Logs pages
            Pages.Request page = Pages.request("FilterLogEvents", r.limit(), r.nextToken(), 10_000, 10_000);
            var events = r.filterPattern() == null || r.filterPattern().isBlank()
                    ? events(kit, r.logGroupName(), Option.of(r.logStreamNamePrefix()), r.startTime(), r.endTime())
                    : kit.api().logs().filterEvents(group(r.logGroupName()), Option.of(r.logStreamNamePrefix()), from(r.startTime()),
                            to(r.endTime()), r.filterPattern());
            return events
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
        return kit.api().logs().events(group(group), prefix, from(start), to(end));
    }

    /** Why tags given at CreateLogGroup would be refused by TagResource (checked before the group is created). */
    private static Option<Answer> invalidLogTags(Seq<io.ecskit.domain.Tag> tags) {
        if (tags.exists(t -> t.key().getOrElse("").isEmpty() || t.key().get().length() > 128)) {
            return Option.of(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.TAG_KEY_LENGTH)));
        }
        if (tags.exists(t -> t.value().getOrElse("").length() > 256)) {
            return Option.of(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.TAG_VALUE_LENGTH)));
        }
        return tags.size() > 50 ? Option.of(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.LOG_TAGS_AT_MOST_FIFTY)))
                : Option.none();
    }

    /** The log group a tagging ARN names ({@code arn:aws:logs:<region>:<account>:log-group:<name>[:*]}), rule logResourceArnValid. */
    private static LogGroupName groupOfArn(EcsKit kit, String arn) {
        String prefix = "arn:aws:logs:" + kit.region() + ":" + kit.accountId() + ":log-group:";
        if (arn == null || !arn.startsWith(prefix)) {
            throw new Wire.Refused(Answer.error(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.LOG_RESOURCE_ARN_VALID, arn)));
        }
        String name = arn.substring(prefix.length());
        return group(name.endsWith(":*") ? name.substring(0, name.length() - 2) : name);
    }

    /** An image's detail with its last scan's status and finding counts, as DescribeImages shows them once it was scanned. */
    private static software.amazon.awssdk.services.ecr.model.ImageDetail withScan(EcsKit kit, RepositoryName repository,
                                                                             software.amazon.awssdk.services.ecr.model.ImageDetail detail) {
        var scan = kit.api().imageRepositories().imageScanFindings(repository,
                io.ecskit.domain.ecr.ImageIdentifier.digest(new io.ecskit.domain.ecr.ImageDigest(detail.imageDigest())));
        if (scan.isLeft()) {
            return detail;   // never scanned (ScanNotFoundException): ECR shows no scan members
        }
        var s = scan.get();
        var builder = detail.toBuilder().imageScanStatus(x -> x.status(s.status()).description(s.description()));
        if (s.completedAt().isDefined()) {
            builder.imageScanFindingsSummary(f -> f.imageScanCompletedAt(s.completedAt().get()).vulnerabilitySourceUpdatedAt(s.completedAt().get())
                    .findingSeverityCountsWithStrings(s.findings().groupBy(x -> x.severity()).mapValues(v -> v.size()).toJavaMap()));
        }
        return builder.build();
    }

    /** A request's tag-mutability exclusion filters as patterns (ECR has one filter type, WILDCARD; the model refuses others). */
    private static io.vavr.collection.List<String> exclusionFilters(
            java.util.List<software.amazon.awssdk.services.ecr.model.ImageTagMutabilityExclusionFilter> filters) {
        return io.vavr.collection.List.ofAll(filters).map(f -> {
            if (f.filter() == null) {
                throw Wire.missing("imageTagMutabilityExclusionFilters.filter");
            }
            return f.filter();
        });
    }

    /** A request's startTime (epoch milliseconds, inclusive): none is the beginning of time. */
    private static Instant from(Long start) {
        return start == null ? Instant.EPOCH : Instant.ofEpochMilli(start);
    }

    /** A request's endTime (epoch milliseconds, inclusive) as an exclusive bound: none is the end of time. */
    private static Instant to(Long end) {
        return end == null ? Instant.parse("9999-12-31T00:00:00Z") : Instant.ofEpochMilli(end + 1);
    }

    /** CloudWatch Logs' metric and subscription filters, and TestMetricFilter. */
    private static void registerLogFilters(Map<String, Operation> operations) {
        operations.put(LOGS + "PutMetricFilter", (kit, body) -> {
            var r = Wire.read(body, PutMetricFilterRequest::builder, "PutMetricFilter",
                    Set.of("logGroupName", "filterName", "filterPattern", "metricTransformations"));
            if (r.filterName() == null || r.filterPattern() == null) {
                throw Wire.missing(r.filterName() == null ? "filterName" : "filterPattern");
            }
            if (r.metricTransformations().size() != 1) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "1 validation error detected: Value at "
                        + "'metricTransformations' failed to satisfy constraint: Member must have length less than or equal to 1 "
                        + "and greater than or equal to 1"));
            }
            var t = r.metricTransformations().get(0);
            if (t.metricName() == null || t.metricNamespace() == null || t.metricValue() == null) {
                throw Wire.missing("metricTransformations.1." + (t.metricName() == null ? "metricName"
                        : t.metricNamespace() == null ? "metricNamespace" : "metricValue"));
            }
            if (t.hasDimensions() && !t.dimensions().isEmpty()) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "ecskit server does not model metric dimensions yet: leave metricTransformations.1.dimensions out"));
            }
            var filter = new io.ecskit.domain.logs.MetricFilter(r.filterName(), r.filterPattern(), group(r.logGroupName()),
                    List.of(new io.ecskit.domain.logs.MetricFilter.Transformation(t.metricName(), t.metricNamespace(), t.metricValue(),
                            Option.of(t.defaultValue()), Option.of(t.unitAsString()))), Instant.EPOCH);
            return kit.api().logs().putMetricFilter(filter).fold(Answer::error, f -> Answer.ok(PutMetricFilterResponse.builder().build()));
        });
        operations.put(LOGS + "DescribeMetricFilters", (kit, body) -> {
            var r = Wire.read(body, DescribeMetricFiltersRequest::builder, "DescribeMetricFilters",
                    Set.of("logGroupName", "filterNamePrefix", "metricName", "metricNamespace", "limit", "nextToken"));
            if ((r.metricName() == null) != (r.metricNamespace() == null)) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "metricName and metricNamespace must be given together"));
            }
            // CloudWatch Logs pages by limit: 50 at most and by default
            Pages.Request page = Pages.request("DescribeMetricFilters", r.limit(), r.nextToken(), 50, 50);
            return kit.api().logs().metricFilters(Option.of(r.logGroupName()).map(EcrLogsOperations::group), Option.of(r.filterNamePrefix()),
                    Option.of(r.metricName()), Option.of(r.metricNamespace())).map(page::of).fold(Answer::error, p -> Answer.ok(
                    DescribeMetricFiltersResponse.builder().nextToken(p.nextToken().getOrNull()).metricFilters(p.items().map(f ->
                            software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter.builder().filterName(f.filterName())
                                    .filterPattern(f.filterPattern()).logGroupName(f.logGroupName().value())
                                    .creationTime(f.creationTime().toEpochMilli())
                                    .metricTransformations(f.transformations().map(t -> MetricTransformation.builder().metricName(t.metricName())
                                            .metricNamespace(t.metricNamespace()).metricValue(t.metricValue())
                                            .defaultValue(t.defaultValue().getOrNull()).unit(t.unit().getOrNull()).build()).asJava())
                                    .build()).asJava()).build()));
        });
        operations.put(LOGS + "DeleteMetricFilter", (kit, body) -> {
            var r = Wire.read(body, DeleteMetricFilterRequest::builder, "DeleteMetricFilter", Set.of("logGroupName", "filterName"));
            if (r.filterName() == null) {
                throw Wire.missing("filterName");
            }
            return kit.api().logs().deleteMetricFilter(group(r.logGroupName()), r.filterName())
                    .fold(Answer::error, done -> Answer.ok(DeleteMetricFilterResponse.builder().build()));
        });
        operations.put(LOGS + "TestMetricFilter", (kit, body) -> {
            var r = Wire.read(body, TestMetricFilterRequest::builder, "TestMetricFilter", Set.of("filterPattern", "logEventMessages"));
            if (r.filterPattern() == null) {
                throw Wire.missing("filterPattern");
            }
            if (r.logEventMessages().isEmpty() || r.logEventMessages().size() > 50) {
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException", "1 validation error detected: Value at "
                        + "'logEventMessages' failed to satisfy constraint: Member must have length less than or equal to 50 "
                        + "and greater than or equal to 1"));
            }
            Seq<String> messages = List.ofAll(r.logEventMessages());
            return kit.api().logs().testMetricFilter(r.filterPattern(), messages).fold(Answer::error, matches -> Answer.ok(
                    TestMetricFilterResponse.builder().matches(matches.map(n -> MetricFilterMatchRecord.builder().eventNumber((long) n)
                            .eventMessage(messages.get(n - 1)).extractedValues(java.util.Map.of()).build()).asJava()).build()));
        });
        operations.put(LOGS + "PutSubscriptionFilter", (kit, body) -> {
            var r = Wire.read(body, PutSubscriptionFilterRequest::builder, "PutSubscriptionFilter",
                    Set.of("logGroupName", "filterName", "filterPattern", "destinationArn", "roleArn", "distribution"));
            if (r.filterName() == null || r.filterPattern() == null || r.destinationArn() == null) {
                throw Wire.missing(r.filterName() == null ? "filterName" : r.filterPattern() == null ? "filterPattern" : "destinationArn");
            }
            // an unknown distribution is refused by Wire.read's model check; none is CloudWatch Logs' default
            String distribution = r.distributionAsString() == null ? "ByLogStream" : r.distributionAsString();
            var filter = new io.ecskit.domain.logs.SubscriptionFilter(r.filterName(), group(r.logGroupName()), r.filterPattern(),
                    r.destinationArn(), Option.of(r.roleArn()), distribution, Instant.EPOCH);
            return kit.api().logs().putSubscriptionFilter(filter).fold(Answer::error, f -> Answer.ok(PutSubscriptionFilterResponse.builder().build()));
        });
        operations.put(LOGS + "DescribeSubscriptionFilters", (kit, body) -> {
            var r = Wire.read(body, DescribeSubscriptionFiltersRequest::builder, "DescribeSubscriptionFilters",
                    Set.of("logGroupName", "filterNamePrefix", "limit", "nextToken"));
            // CloudWatch Logs pages by limit: 50 at most and by default
            Pages.Request page = Pages.request("DescribeSubscriptionFilters", r.limit(), r.nextToken(), 50, 50);
            return kit.api().logs().subscriptionFilters(group(r.logGroupName()), Option.of(r.filterNamePrefix())).map(page::of)
                    .fold(Answer::error, p -> Answer.ok(DescribeSubscriptionFiltersResponse.builder().nextToken(p.nextToken().getOrNull())
                            .subscriptionFilters(p.items().map(f -> SubscriptionFilter.builder().filterName(f.filterName())
                                    .logGroupName(f.logGroupName().value()).filterPattern(f.filterPattern()).destinationArn(f.destinationArn())
                                    .roleArn(f.roleArn().getOrNull()).distribution(f.distribution())
                                    .creationTime(f.creationTime().toEpochMilli()).build()).asJava()).build()));
        });
        operations.put(LOGS + "DeleteSubscriptionFilter", (kit, body) -> {
            var r = Wire.read(body, DeleteSubscriptionFilterRequest::builder, "DeleteSubscriptionFilter", Set.of("logGroupName", "filterName"));
            if (r.filterName() == null) {
                throw Wire.missing("filterName");
            }
            return kit.api().logs().deleteSubscriptionFilter(group(r.logGroupName()), r.filterName())
                    .fold(Answer::error, done -> Answer.ok(DeleteSubscriptionFilterResponse.builder().build()));
        });
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
