package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.mapping.EcrLogsMapping;
import io.ecskit.port.EcsKit;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
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

/** ECR ({@code AmazonEC2ContainerRegistry_V20150921}) on the ports: the server table's ECR rows (CloudWatch Logs' are {@link LogsOperations}). */
final class EcrOperations {

    static final String ECR = "AmazonEC2ContainerRegistry_V20150921.";

    private EcrOperations() {
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
                            .registryId(kit.accountId()).repositoryCreationTemplates(p.items().map(EcrOperations::template).asJava())
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

    /** ECR's account settings, pull-time update exclusions, signing and pull through cache validation. */
    private static void registerRegistryExtras(Map<String, Operation> operations) {
        operations.put(ECR + "ValidatePullThroughCacheRule", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.ValidatePullThroughCacheRuleRequest::builder,
                    "ValidatePullThroughCacheRule", Set.of("ecrRepositoryPrefix", "registryId"));
            EcsOperations.required(r.ecrRepositoryPrefix(), "ecrRepositoryPrefix");
            return kit.api().imageRepositories().validatePullThroughCacheRule(r.ecrRepositoryPrefix()).fold(Answer::error, v -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.ValidatePullThroughCacheRuleResponse.builder()
                            .ecrRepositoryPrefix(v.rule().ecrRepositoryPrefix().getOrNull()).registryId(kit.accountId())
                            .upstreamRegistryUrl(v.rule().upstreamRegistryUrl().getOrNull()).credentialArn(v.rule().credentialArn().getOrNull())
                            .customRoleArn(v.rule().customRoleArn().getOrNull()).upstreamRepositoryPrefix(v.rule().upstreamRepositoryPrefix().getOrNull())
                            .isValid(v.valid()).failure(v.failure().getOrNull()).build()));
        });
        operations.put(ECR + "GetAccountSetting", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.GetAccountSettingRequest::builder, "GetAccountSetting", Set.of("name"));
            EcsOperations.required(r.name(), "name");
            return kit.api().imageRepositories().accountSetting(r.name()).fold(Answer::error, value -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.GetAccountSettingResponse.builder().name(r.name()).value(value).build()));
        });
        operations.put(ECR + "PutAccountSetting", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutAccountSettingRequest::builder, "PutAccountSetting",
                    Set.of("name", "value"));
            EcsOperations.required(r.name(), "name");
            EcsOperations.required(r.value(), "value");
            return kit.api().imageRepositories().putAccountSetting(r.name(), r.value()).fold(Answer::error, value -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.PutAccountSettingResponse.builder().name(r.name()).value(value).build()));
        });
        operations.put(ECR + "RegisterPullTimeUpdateExclusion", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.RegisterPullTimeUpdateExclusionRequest::builder,
                    "RegisterPullTimeUpdateExclusion", Set.of("principalArn"));
            EcsOperations.required(r.principalArn(), "principalArn");
            return kit.api().imageRepositories().registerPullTimeUpdateExclusion(r.principalArn()).fold(Answer::error, at -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.RegisterPullTimeUpdateExclusionResponse.builder().principalArn(r.principalArn())
                            .createdAt(at).build()));
        });
        operations.put(ECR + "DeregisterPullTimeUpdateExclusion", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DeregisterPullTimeUpdateExclusionRequest::builder,
                    "DeregisterPullTimeUpdateExclusion", Set.of("principalArn"));
            EcsOperations.required(r.principalArn(), "principalArn");
            return kit.api().imageRepositories().deregisterPullTimeUpdateExclusion(r.principalArn()).fold(Answer::error, done -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.DeregisterPullTimeUpdateExclusionResponse.builder().principalArn(r.principalArn()).build()));
        });
        operations.put(ECR + "ListPullTimeUpdateExclusions", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.ListPullTimeUpdateExclusionsRequest::builder,
                    "ListPullTimeUpdateExclusions", Set.of("maxResults", "nextToken"));
            // ECR pages by maxResults: 100 by default, 1,000 at most
            Pages.Request page = Pages.request("ListPullTimeUpdateExclusions", r.maxResults(), r.nextToken(), 100, 1000);
            return kit.api().imageRepositories().pullTimeUpdateExclusions().map(page::of).fold(Answer::error, p -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.ListPullTimeUpdateExclusionsResponse.builder()
                            .pullTimeUpdateExclusions(p.items().asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(ECR + "PutSigningConfiguration", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.PutSigningConfigurationRequest::builder,
                    "PutSigningConfiguration", Set.of("signingConfiguration"));
            if (r.signingConfiguration() == null) {
                throw Wire.missing("signingConfiguration");
            }
            var configuration = Wire.domain(io.ecskit.mapping.SdkMapping.toDomain(r.signingConfiguration(), io.ecskit.domain.ecr.SigningConfiguration.class));
            return kit.api().imageRepositories().putSigningConfiguration(configuration).fold(Answer::error, c -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.PutSigningConfigurationResponse.builder().signingConfiguration(signing(c)).build()));
        });
        operations.put(ECR + "GetSigningConfiguration", (kit, body) -> {
            Wire.read(body, software.amazon.awssdk.services.ecr.model.GetSigningConfigurationRequest::builder, "GetSigningConfiguration", Set.of());
            return kit.api().imageRepositories().signingConfiguration().fold(Answer::error, c -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.GetSigningConfigurationResponse.builder().registryId(kit.accountId())
                            .signingConfiguration(signing(c)).build()));
        });
        operations.put(ECR + "DeleteSigningConfiguration", (kit, body) -> {
            Wire.read(body, software.amazon.awssdk.services.ecr.model.DeleteSigningConfigurationRequest::builder, "DeleteSigningConfiguration", Set.of());
            return kit.api().imageRepositories().deleteSigningConfiguration().fold(Answer::error, c -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.DeleteSigningConfigurationResponse.builder().registryId(kit.accountId())
                            .signingConfiguration(signing(c)).build()));
        });
        operations.put(ECR + "DescribeImageSigningStatus", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DescribeImageSigningStatusRequest::builder,
                    "DescribeImageSigningStatus", Set.of("repositoryName", "imageId", "registryId"));
            if (r.imageId() == null) {
                throw Wire.missing("imageId");
            }
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().imageSigningStatus(name, imageId(r.imageId())).fold(Answer::error, statuses -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.DescribeImageSigningStatusResponse.builder().repositoryName(name.value())
                            .registryId(kit.accountId()).imageId(r.imageId())
                            .signingStatuses(statuses.map(x -> io.ecskit.mapping.SdkMapping.toSdk(x,
                                    software.amazon.awssdk.services.ecr.model.ImageSigningStatus.class)).asJava()).build()));
        });
    }

    private static software.amazon.awssdk.services.ecr.model.SigningConfiguration signing(io.ecskit.domain.ecr.SigningConfiguration c) {
        return io.ecskit.mapping.SdkMapping.toSdk(c, software.amazon.awssdk.services.ecr.model.SigningConfiguration.class);
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
        registerRegistrySettings(operations);
        registerTemplatesAndReferrers(operations);
        registerRegistryExtras(operations);
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
            Seq<io.ecskit.domain.ecr.ImageIdentifier> ids = List.ofAll(r.imageIds()).map(EcrOperations::imageId);
            if (!ids.isEmpty() && (r.maxResults() != null || r.nextToken() != null)) {
                // ECR: maxResults and nextToken page the whole repository; they cannot be used with imageIds
                throw new Wire.Refused(Answer.error(400, "InvalidParameterException",
                        "Invalid parameter: maxResults and nextToken cannot be used with imageIds"));
            }
            String tagStatus = r.filter() == null ? null : r.filter().tagStatusAsString();
            // ECR lists only ACTIVE images unless the filter asks for others; images named by id are answered whatever their status
            Option<String> imageStatus = Option.of(r.filter()).flatMap(f -> Option.of(f.imageStatusAsString()));
            // ECR pages DescribeImages by maxResults: 100 by default, 1,000 at most
            Pages.Request page = Pages.request("DescribeImages", r.maxResults(), r.nextToken(), 100, 1000);
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().images(name).flatMap(images -> {
                Seq<io.ecskit.domain.ecr.Image> chosen = images.filter(i -> tagStatus == null || "ANY".equals(tagStatus)
                        || "TAGGED".equals(tagStatus) != i.tags().isEmpty())
                        .filter(i -> !ids.isEmpty() && imageStatus.isEmpty() || i.listedBy(imageStatus));
                for (io.ecskit.domain.ecr.ImageIdentifier id : ids) {
                    if (chosen.find(i -> id.imageDigest().forAll(i.digest()::equals) && id.imageTag().forAll(i.tags()::contains)).isEmpty()) {
                        return io.vavr.control.Either.left(io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.IMAGE_ID_FOUND,
                                id.describe(), name.value(), kit.accountId()));
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
            Option<String> imageStatus = Option.of(r.filter()).flatMap(f -> Option.of(f.imageStatusAsString()));
            return kit.api().imageRepositories().listImages(repository(r.repositoryName()), tagStatus, imageStatus).map(page::of).fold(Answer::error, p ->
                    Answer.ok(software.amazon.awssdk.services.ecr.model.ListImagesResponse.builder()
                            .imageIds(p.items().map(EcrLogsMapping::toSdk).asJava()).nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(ECR + "DescribeImageReplicationStatus", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DescribeImageReplicationStatusRequest::builder,
                    "DescribeImageReplicationStatus", Set.of("repositoryName", "registryId", "imageId"));
            if (r.imageId() == null) {
                throw Wire.missing("imageId");
            }
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().imageReplicationStatus(name, imageId(r.imageId())).fold(Answer::error, statuses -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.DescribeImageReplicationStatusResponse.builder().repositoryName(name.value())
                            .imageId(r.imageId()).replicationStatuses(statuses.map(s -> software.amazon.awssdk.services.ecr.model.ImageReplicationStatus
                                    .builder().region(s.region()).registryId(s.registryId()).status(s.status()).failureCode(s.failureCode().getOrNull())
                                    .build()).asJava()).build()));
        });
        operations.put(ECR + "StartReplicationBackfill", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.StartReplicationBackfillRequest::builder,
                    "StartReplicationBackfill", Set.of("registryId", "destination"));
            if (r.destination() == null) {
                throw Wire.missing("destination");
            }
            return kit.api().imageRepositories().startReplicationBackfill(new io.ecskit.domain.ecr.ReplicationDestination(r.destination().region(),
                    r.destination().registryId())).fold(Answer::error, b -> Answer.ok(software.amazon.awssdk.services.ecr.model
                    .StartReplicationBackfillResponse.builder().replicationBackfillId(b.replicationBackfillId()).registryId(kit.accountId())
                    .destination(destination(b.destination())).status(b.status()).startedAt(b.startedAt()).build()));
        });
        operations.put(ECR + "StopReplicationBackfill", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.StopReplicationBackfillRequest::builder,
                    "StopReplicationBackfill", Set.of("registryId", "replicationBackfillId"));
            if (r.replicationBackfillId() == null) {
                throw Wire.missing("replicationBackfillId");
            }
            return kit.api().imageRepositories().stopReplicationBackfill(r.replicationBackfillId()).fold(Answer::error, b -> Answer.ok(
                    software.amazon.awssdk.services.ecr.model.StopReplicationBackfillResponse.builder().replicationBackfillId(b.replicationBackfillId())
                            .registryId(kit.accountId()).destination(destination(b.destination())).status(b.status()).startedAt(b.startedAt()).build()));
        });
        operations.put(ECR + "ListReplicationBackfills", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.ListReplicationBackfillsRequest::builder,
                    "ListReplicationBackfills", Set.of("registryId", "maxResults", "nextToken"));
            // ECR pages ListReplicationBackfills by maxResults: 25 by default, 50 at most
            Pages.Request page = Pages.request("ListReplicationBackfills", r.maxResults(), r.nextToken(), 25, 50);
            return kit.api().imageRepositories().replicationBackfills().map(all -> page.of(all, b -> b.replicationBackfillId()))
                    .fold(Answer::error, p -> Answer.ok(software.amazon.awssdk.services.ecr.model.ListReplicationBackfillsResponse.builder()
                            .registryId(kit.accountId()).backfills(p.items().map(b -> software.amazon.awssdk.services.ecr.model.ReplicationBackfillSummary
                                    .builder().replicationBackfillId(b.replicationBackfillId()).destination(destination(b.destination()))
                                    .status(b.status()).failureCode(b.failureCode().getOrNull()).progress(b.progress().map(EcrOperations::progress)
                                            .getOrNull()).startedAt(b.startedAt()).endedAt(b.endedAt().getOrNull()).build()).asJava())
                            .nextToken(p.nextToken().getOrNull()).build()));
        });
        operations.put(ECR + "DescribeReplicationBackfillResults", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.DescribeReplicationBackfillResultsRequest::builder,
                    "DescribeReplicationBackfillResults", Set.of("registryId", "replicationBackfillId", "resultStatusFilter", "maxResults", "nextToken"));
            if (r.replicationBackfillId() == null) {
                throw Wire.missing("replicationBackfillId");
            }
            // 100 results a page by default, 1,000 at most
            Pages.Request page = Pages.request("DescribeReplicationBackfillResults", r.maxResults(), r.nextToken(), 100, 1000);
            return kit.api().imageRepositories().replicationBackfillResults(r.replicationBackfillId(), Option.of(r.resultStatusFilterAsString()))
                    .fold(Answer::error, found -> {
                        var b = found._1;
                        var p = page.of(found._2, res -> res.repositoryName().value() + "@" + res.imageId().describe());
                        return Answer.ok(software.amazon.awssdk.services.ecr.model.DescribeReplicationBackfillResultsResponse.builder()
                                .registryId(kit.accountId()).replicationBackfillId(b.replicationBackfillId()).destination(destination(b.destination()))
                                .status(b.status()).failureCode(b.failureCode().getOrNull()).progress(b.progress().map(EcrOperations::progress).getOrNull())
                                .results(p.items().map(res -> software.amazon.awssdk.services.ecr.model.ReplicationBackfillResult.builder()
                                        .repositoryName(res.repositoryName().value()).imageId(EcrLogsMapping.toSdk(res.imageId())).status(res.status())
                                        .failureCode(res.failureCode().getOrNull()).build()).asJava())
                                .startedAt(b.startedAt()).endedAt(b.endedAt().getOrNull()).nextToken(p.nextToken().getOrNull()).build());
                    });
        });
        operations.put(ECR + "UpdateImageStorageClass", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.UpdateImageStorageClassRequest::builder, "UpdateImageStorageClass",
                    Set.of("repositoryName", "registryId", "imageId", "targetStorageClass"));
            if (r.imageId() == null) {
                throw Wire.missing("imageId");
            }
            if (r.targetStorageClassAsString() == null) {
                throw Wire.missing("targetStorageClass");
            }
            RepositoryName name = repository(r.repositoryName());
            return kit.api().imageRepositories().updateImageStorageClass(name, imageId(r.imageId()), r.targetStorageClassAsString())
                    .fold(Answer::error, i -> Answer.ok(software.amazon.awssdk.services.ecr.model.UpdateImageStorageClassResponse.builder()
                            .registryId(kit.accountId()).repositoryName(name.value()).imageId(EcrLogsMapping.toSdk(
                                    new io.ecskit.domain.ecr.ImageIdentifier(Option.of(i.digest()), imageId(r.imageId()).imageTag())))
                            .imageStatus(i.status().wire()).build()));
        });
        operations.put(ECR + "BatchDeleteImage", (kit, body) -> {
            var r = Wire.read(body, software.amazon.awssdk.services.ecr.model.BatchDeleteImageRequest::builder, "BatchDeleteImage",
                    Set.of("repositoryName", "registryId", "imageIds"));
            Seq<io.ecskit.domain.ecr.ImageIdentifier> ids = List.ofAll(r.imageIds()).map(EcrOperations::imageId);
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
            Seq<io.ecskit.domain.ecr.ImageIdentifier> ids = List.ofAll(r.imageIds()).map(EcrOperations::imageId);
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



    private static software.amazon.awssdk.services.ecr.model.ReplicationDestination destination(io.ecskit.domain.ecr.ReplicationDestination d) {
        return software.amazon.awssdk.services.ecr.model.ReplicationDestination.builder().region(d.region()).registryId(d.registryId()).build();
    }

    private static software.amazon.awssdk.services.ecr.model.ReplicationBackfillProgress progress(io.ecskit.domain.ecr.ReplicationBackfillProgress p) {
        return software.amazon.awssdk.services.ecr.model.ReplicationBackfillProgress.builder().totalReplicationCount(p.totalReplicationCount())
                .completedReplicationCount(p.completedReplicationCount()).failedReplicationCount(p.failedReplicationCount())
                .failureCodes(p.failureCodes().asJava()).build();
    }
}
