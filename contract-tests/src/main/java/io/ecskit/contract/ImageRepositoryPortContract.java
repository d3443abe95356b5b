package io.ecskit.contract;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.ImageDigest;
import io.ecskit.domain.ecr.ImageTag;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.ecskit.domain.ecr.TagMutability;
import io.ecskit.domain.error.EcsError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** ImageRepositoryPort as ECR behaves (ECS-RULES §6); messages as ECR words them. */
public abstract class ImageRepositoryPortContract extends ContractTest {

    private RepositoryName repositoryName() {
        return new RepositoryName(fixtures.name("repo").toLowerCase(java.util.Locale.ROOT));
    }

    /** A Docker v2 manifest as a push uploads it (ECR's PutImage needs the media type); its config is {@code content}. */
    private static byte[] manifest(String content) {
        return ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\","
                + "\"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":" + content.length() + ","
                + "\"digest\":\"sha256:" + ImageRepositoryPortContract.sha256(content) + "\"},\"layers\":[]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@link #manifest}, its config blob uploaded first as a push does (where ECR checks it: rule layersFound). */
    private byte[] pushed(RepositoryName name, String content) {
        if (backend.lacks(Capability.LAYERS_CHECKED_AT_PUT_IMAGE).isEmpty()) {
            upload(name, content.getBytes(StandardCharsets.UTF_8));
        }
        return manifest(content);
    }

    /** One layer through InitiateLayerUpload, UploadLayerPart and CompleteLayerUpload; a layer already there is fine. */
    private ImageDigest upload(RepositoryName name, byte[] bytes) {
        ImageDigest digest = new ImageDigest("sha256:" + sha256(bytes));
        var upload = right(kit.api().imageRepositories().initiateLayerUpload(name));
        right(kit.api().imageRepositories().uploadLayerPart(name, upload.uploadId(), 0, bytes.length - 1, bytes));
        var done = kit.api().imageRepositories().completeLayerUpload(name, upload.uploadId(), digest);
        if (done.isLeft() && !"LayerAlreadyExistsException".equals(done.getLeft().code())) {
            throw new AssertionError("CompleteLayerUpload: " + done.getLeft());
        }
        return digest;
    }

    private static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"pull\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"},\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"]}]}";

    @Test
    void repositories_withoutNames_listsEveryOne() {
        RepositoryName first = repositoryName();
        RepositoryName second = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(first)));
        right(kit.api().imageRepositories().create(RepositorySpec.named(second)));

        var listed = right(kit.api().imageRepositories().repositories()).map(Repository::name);

        assertThat(listed).contains(first, second);
    }

    @Test
    void repositoryPolicy_isSetReadAndDeleted_andItsAbsenceIsRepositoryPolicyNotFound() {
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));

        var none = kit.api().imageRepositories().policy(name);
        var set = right(kit.api().imageRepositories().setPolicy(name, POLICY));
        var read = right(kit.api().imageRepositories().policy(name));
        var invalid = kit.api().imageRepositories().setPolicy(name, "not a policy");
        var deleted = right(kit.api().imageRepositories().deletePolicy(name));
        var again = kit.api().imageRepositories().deletePolicy(name);

        assertThat(none.getLeft().code()).isEqualTo("RepositoryPolicyNotFoundException");
        assertThat(none.getLeft().message()).isEqualTo("Repository policy does not exist for the repository with name '"
                + name.value() + "' in the registry with id '" + kit.accountId() + "'");
        assertThat(set.repositoryName()).isEqualTo(name);
        assertThat(set.registryId()).isEqualTo(kit.accountId());
        assertThat(read.policyText().replaceAll("\\s", "")).isEqualTo(POLICY);
        assertThat(invalid.getLeft().message()).isEqualTo("Invalid parameter at 'PolicyText' failed to satisfy constraint: "
                + "'Invalid repository policy provided'");
        assertThat(deleted.policyText().replaceAll("\\s", "")).isEqualTo(POLICY);
        assertThat(again.getLeft().code()).isEqualTo("RepositoryPolicyNotFoundException");
    }

    @Test
    void registryPolicy_isPutReadAndDeleted() {
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"replicate\",\"Effect\":\"Allow\",\"Principal\":{"
                + "\"AWS\":\"arn:aws:iam::210987654321:root\"},\"Action\":[\"ecr:CreateRepository\",\"ecr:ReplicateImage\"],"
                + "\"Resource\":\"arn:aws:ecr:" + kit.region() + ":" + kit.accountId() + ":repository/*\"}]}";
        right(kit.api().imageRepositories().putRegistryPolicy(policy));

        var read = right(kit.api().imageRepositories().registryPolicy());
        var deleted = right(kit.api().imageRepositories().deleteRegistryPolicy());
        var none = kit.api().imageRepositories().registryPolicy();

        assertThat(read.registryId()).isEqualTo(kit.accountId());
        assertThat(read.policyText().replaceAll("\\s", "")).isEqualTo(policy);
        assertThat(deleted.policyText().replaceAll("\\s", "")).isEqualTo(policy);
        assertThat(none.getLeft().code()).isEqualTo("RegistryPolicyNotFoundException");
        assertThat(none.getLeft().message()).isEqualTo("Registry policy does not exist in the registry with id '" + kit.accountId() + "'");
    }

    @Test
    void tags_onARepository_areAddedOverwrittenAndRemoved_byItsArn() {
        RepositoryName name = repositoryName();
        Repository repository = right(kit.api().imageRepositories().create(RepositorySpec.named(name)));

        right(kit.api().imageRepositories().tag(repository.arn(), List.of(io.ecskit.domain.Tag.of("team", "web"),
                io.ecskit.domain.Tag.of("env", "dev"))));
        right(kit.api().imageRepositories().tag(repository.arn(), List.of(io.ecskit.domain.Tag.of("env", "prod"))));
        right(kit.api().imageRepositories().untag(repository.arn(), List.of("team", "absent")));
        var tags = right(kit.api().imageRepositories().tags(repository.arn()));
        var badArn = kit.api().imageRepositories().tags("arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":cluster/x");

        assertThat(tags).containsExactly(io.ecskit.domain.Tag.of("env", "prod"));
        assertThat(badArn.getLeft().code()).isEqualTo("InvalidParameterException");
    }

    /** Keep the newest two images tagged release-*, expire untagged images a day after their push. */
    private static final String LIFECYCLE = "{\"rules\":[{\"rulePriority\":1,\"description\":\"two-releases\",\"selection\":{"
            + "\"tagStatus\":\"tagged\",\"tagPrefixList\":[\"release-\"],\"countType\":\"imageCountMoreThan\",\"countNumber\":2},"
            + "\"action\":{\"type\":\"expire\"}},{\"rulePriority\":2,\"selection\":{\"tagStatus\":\"untagged\","
            + "\"countType\":\"sinceImagePushed\",\"countUnit\":\"days\",\"countNumber\":1},\"action\":{\"type\":\"expire\"}}]}";

    @Test
    void lifecyclePolicy_isPutReadAndDeleted_andRefusedWhenInvalid() {
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));

        var none = kit.api().imageRepositories().lifecyclePolicy(name);
        var put = right(kit.api().imageRepositories().putLifecyclePolicy(name, LIFECYCLE));
        var read = right(kit.api().imageRepositories().lifecyclePolicy(name));
        var noRules = kit.api().imageRepositories().putLifecyclePolicy(name, "{\"rulez\":[]}");
        var badCount = kit.api().imageRepositories().putLifecyclePolicy(name, LIFECYCLE.replace("\"countNumber\":2", "\"countNumber\":0"));
        var deleted = right(kit.api().imageRepositories().deleteLifecyclePolicy(name));
        var again = kit.api().imageRepositories().deleteLifecyclePolicy(name);

        assertThat(none.getLeft().code()).isEqualTo("LifecyclePolicyNotFoundException");
        assertThat(none.getLeft().message()).isEqualTo("Lifecycle policy does not exist for the repository with name '"
                + name.value() + "' in the registry with id '" + kit.accountId() + "'");
        assertThat(put.repositoryName()).isEqualTo(name);
        assertThat(read.policyText().replaceAll("\\s", "")).isEqualTo(LIFECYCLE);
        assertThat(noRules.getLeft().message()).startsWith("Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: "
                + "'Lifecycle policy validation failure: ");
        assertThat(badCount.getLeft().code()).isEqualTo("InvalidParameterException");
        assertThat(deleted.policyText().replaceAll("\\s", "")).isEqualTo(LIFECYCLE);
        assertThat(again.getLeft().code()).isEqualTo("LifecyclePolicyNotFoundException");
    }

    @Test
    void lifecyclePolicy_previewsAndThenExpires_whatItSelects_onTheClock() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        requires(Capability.LIFECYCLE_EXPIRY);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image oldest = right(backend.putImage(name, new ImageTag("release-1"), pushed(name, "r1")));
        backend.passTime(Duration.ofMinutes(1));
        right(backend.putImage(name, new ImageTag("release-2"), pushed(name, "r2")));
        backend.passTime(Duration.ofMinutes(1));
        right(backend.putImage(name, new ImageTag("release-3"), pushed(name, "r3")));
        right(backend.putImage(name, new ImageTag("dev"), pushed(name, "dev")));
        right(backend.putImage(name, new ImageTag("dev"), pushed(name, "dev2")));   // the first dev image is now untagged
        right(kit.api().imageRepositories().putLifecyclePolicy(name, LIFECYCLE));

        var started = right(kit.api().imageRepositories().startLifecyclePolicyPreview(name, Option.none()));
        var preview = right(kit.api().imageRepositories().lifecyclePolicyPreview(name));
        backend.passTime(Duration.ofHours(49));   // two daily evaluations: the untagged image is then over a day old
        var left = right(kit.api().imageRepositories().listImages(name, Option.none()));
        var policy = right(kit.api().imageRepositories().lifecyclePolicy(name));

        assertThat(started.status()).isEqualTo("IN_PROGRESS");
        assertThat(preview.status()).isEqualTo("COMPLETE");
        assertThat(preview.results().map(r -> r.imageDigest())).containsExactly(oldest.digest());
        assertThat(preview.results().head().appliedRulePriority()).isEqualTo(1);
        assertThat(left.map(i -> i.imageTag().map(ImageTag::value).getOrElse("untagged")))
                .containsExactlyInAnyOrder("release-2", "release-3", "dev");
        assertThat(policy.lastEvaluatedAt().isDefined()).as("lastEvaluatedAt").isTrue();
    }

    @Test
    void anArchivedImage_isListedOnlyWhenAskedFor_cannotBePulled_andIsRestoredOnTheClock() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.IMAGE_ARCHIVE);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image image = right(backend.putImage(name, new ImageTag("v1"), pushed(name, "archived")));
        var byTag = io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("v1"));

        Image archived = right(kit.api().imageRepositories().updateImageStorageClass(name, byTag, "ARCHIVE"));
        var again = kit.api().imageRepositories().updateImageStorageClass(name, byTag, "ARCHIVE");
        var active = right(kit.api().imageRepositories().listImages(name, Option.none()));
        var all = right(kit.api().imageRepositories().listImages(name, Option.none(), Option.of("ANY")));
        var pulled = right(kit.api().imageRepositories().getImages(name, List.of(byTag)));
        var scan = kit.api().imageRepositories().startImageScan(name, byTag);
        Image restoring = right(kit.api().imageRepositories().updateImageStorageClass(name, byTag, "STANDARD"));
        backend.passTime(Duration.ofMinutes(21));
        Image restored = right(kit.api().imageRepositories().images(name)).find(i -> i.digest().equals(image.digest())).get();

        assertThat(archived.status()).isEqualTo(io.ecskit.domain.ecr.ImageStatus.ARCHIVED);
        assertThat(archived.lastArchivedAt()).isNotEmpty();
        assertThat(again.getLeft().code()).isEqualTo("ImageStorageClassUpdateNotSupportedException");
        assertThat(active).as("ListImages lists ACTIVE images unless asked").isEmpty();
        assertThat(all).hasSize(1);
        assertThat(pulled.images()).isEmpty();
        assertThat(pulled.failures().single().failureCode()).isEqualTo("ImageNotFound");
        assertThat(scan.getLeft().code()).isEqualTo("ImageArchivedException");
        assertThat(restoring.status()).isEqualTo(io.ecskit.domain.ecr.ImageStatus.ACTIVATING);
        assertThat(restored.status()).isEqualTo(io.ecskit.domain.ecr.ImageStatus.ACTIVE);
        assertThat(restored.lastActivatedAt()).isNotEmpty();
    }

    @Test
    void imageScan_isInProgress_thenComplete_andAtMostOnceADay() {
        requires(Capability.IMAGE_SEEDING);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image image = right(backend.putImage(name, new ImageTag("v1"), pushed(name, "scanned")));
        var byTag = io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("v1"));

        var started = right(kit.api().imageRepositories().startImageScan(name, byTag));
        backend.passTime(Duration.ofMinutes(1));
        var findings = right(kit.api().imageRepositories().imageScanFindings(name, byTag));
        var again = kit.api().imageRepositories().startImageScan(name, byTag);
        var unknown = kit.api().imageRepositories().startImageScan(name, io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("nope")));

        assertThat(started.status()).isEqualTo("IN_PROGRESS");
        assertThat(started.imageDigest()).isEqualTo(image.digest());
        assertThat(findings.status()).isEqualTo("COMPLETE");
        assertThat(again.getLeft().code()).isEqualTo("LimitExceededException");
        assertThat(again.getLeft().message()).isEqualTo("The scan quota per image has been exceeded. Wait and try again.");
        assertThat(unknown.getLeft().code()).isEqualTo("ImageNotFoundException");
    }

    @Test
    void replicationAndRegistryScanning_arePutAndReadBack() {
        var destination = new io.ecskit.domain.ecr.ReplicationDestination("eu-west-1", "210987654321");
        var replication = new io.ecskit.domain.ecr.ReplicationConfiguration(List.of(io.ecskit.domain.ecr.ReplicationRule.builder()
                .destinations(List.of(destination)).build()));
        var scanning = new io.ecskit.domain.ecr.RegistryScanningConfiguration(Option.of(io.ecskit.domain.ecr.ScanType.BASIC),
                List.of(new io.ecskit.domain.ecr.RegistryScanningRule(io.ecskit.domain.ecr.ScanFrequency.SCAN_ON_PUSH,
                        List.of(new io.ecskit.domain.ecr.ScanningRepositoryFilter("prod-*", io.ecskit.domain.ecr.ScanningRepositoryFilterType.WILDCARD)))));

        right(kit.api().imageRepositories().putReplicationConfiguration(replication));
        var described = right(kit.api().imageRepositories().replicationConfiguration());
        right(kit.api().imageRepositories().putRegistryScanningConfiguration(scanning));
        var scanned = right(kit.api().imageRepositories().registryScanningConfiguration());

        assertThat(described.map(c -> c.rules().head().destinations())).contains(List.of(destination));
        assertThat(scanned.rules().head().repositoryFilters().head().filter()).isEqualTo("prod-*");
        assertThat(scanned.scanType()).contains(io.ecskit.domain.ecr.ScanType.BASIC);
    }

    @Test
    void aPush_isReplicatedToTheConfiguredDestination_andABackfillRunsItsCourse() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.ECR_REPLICATION);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image before = right(backend.putImage(name, new ImageTag("old"), pushed(name, "before-replication")));
        var destination = new io.ecskit.domain.ecr.ReplicationDestination(kit.region().equals("eu-west-1") ? "eu-central-1" : "eu-west-1",
                kit.accountId());
        right(kit.api().imageRepositories().putReplicationConfiguration(new io.ecskit.domain.ecr.ReplicationConfiguration(List.of(
                io.ecskit.domain.ecr.ReplicationRule.builder().destinations(List.of(destination))
                        .repositoryFilters(List.of(new io.ecskit.domain.ecr.RepositoryFilter(name.value(), io.ecskit.domain.ecr.RepositoryFilterType.PREFIX_MATCH)))
                        .build()))));
        try {
            Image after = right(backend.putImage(name, new ImageTag("new"), pushed(name, "after-replication")));
            var inProgress = right(kit.api().imageRepositories().imageReplicationStatus(name, io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("new"))));
            var notReplicated = right(kit.api().imageRepositories().imageReplicationStatus(name, io.ecskit.domain.ecr.ImageIdentifier.digest(before.digest())));
            var started = right(kit.api().imageRepositories().startReplicationBackfill(destination));
            var twice = kit.api().imageRepositories().startReplicationBackfill(destination);
            var elsewhere = kit.api().imageRepositories().startReplicationBackfill(new io.ecskit.domain.ecr.ReplicationDestination("ap-south-1",
                    kit.accountId()));
            var early = right(kit.api().imageRepositories().replicationBackfillResults(started.replicationBackfillId(), Option.none()));
            backend.passTime(Duration.ofMinutes(2));
            var complete = right(kit.api().imageRepositories().imageReplicationStatus(name, io.ecskit.domain.ecr.ImageIdentifier.digest(after.digest())));
            var done = right(kit.api().imageRepositories().replicationBackfillResults(started.replicationBackfillId(), Option.none()));
            var listed = right(kit.api().imageRepositories().replicationBackfills());
            var stop = kit.api().imageRepositories().stopReplicationBackfill(started.replicationBackfillId());

            assertThat(inProgress.single().status()).isEqualTo("IN_PROGRESS");
            assertThat(inProgress.single().region()).isEqualTo(destination.region());
            assertThat(notReplicated).as("an image pushed before replication was configured").isEmpty();
            assertThat(started.status()).isEqualTo("PREPARING");
            assertThat(started.replicationBackfillId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(twice.getLeft().code()).isEqualTo("ReplicationBackfillInProgressException");
            assertThat(elsewhere.getLeft().code()).isEqualTo("ValidationException");
            assertThat(early._2).as("results once it reached a terminal status").isEmpty();
            assertThat(complete.single().status()).isEqualTo("COMPLETE");
            assertThat(done._1.status()).isEqualTo("COMPLETE");
            assertThat(done._1.progress().map(p -> p.totalReplicationCount())).contains(2);
            assertThat(done._2.map(r -> r.imageId().imageTag().map(ImageTag::value).getOrElse(""))).containsExactlyInAnyOrder("old", "new");
            assertThat(listed.map(b -> b.replicationBackfillId())).contains(started.replicationBackfillId());
            assertThat(stop.getLeft().code()).isEqualTo("ReplicationBackfillInvalidStatusException");
        } finally {
            kit.api().imageRepositories().putReplicationConfiguration(new io.ecskit.domain.ecr.ReplicationConfiguration(List.empty()));
        }
    }

    @Test
    void pullThroughCacheRules_areCreatedDescribedUpdatedAndDeleted() {
        requires(Capability.PULL_THROUGH_CACHE);
        String prefix = fixtures.name("ecr-public").toLowerCase(java.util.Locale.ROOT);
        var rule = io.ecskit.domain.ecr.PullThroughCacheRule.builder().ecrRepositoryPrefix(prefix).upstreamRegistryUrl("public.ecr.aws")
                .upstreamRegistry(io.ecskit.domain.ecr.UpstreamRegistry.ECR_PUBLIC).build();
        var dockerHub = io.ecskit.domain.ecr.PullThroughCacheRule.builder().ecrRepositoryPrefix(prefix + "-hub")
                .upstreamRegistryUrl("registry-1.docker.io").upstreamRegistry(io.ecskit.domain.ecr.UpstreamRegistry.DOCKER_HUB).build();

        var created = right(kit.api().imageRepositories().createPullThroughCacheRule(rule));
        var twice = kit.api().imageRepositories().createPullThroughCacheRule(rule);
        var noCredential = kit.api().imageRepositories().createPullThroughCacheRule(dockerHub);
        var described = right(kit.api().imageRepositories().pullThroughCacheRules(List.of(prefix)));
        var validated = right(kit.api().imageRepositories().validatePullThroughCacheRule(prefix));
        var deleted = right(kit.api().imageRepositories().deletePullThroughCacheRule(prefix));
        var gone = kit.api().imageRepositories().pullThroughCacheRules(List.of(prefix));

        assertThat(created.registryId()).contains(kit.accountId());
        assertThat(twice.getLeft().code()).isEqualTo("PullThroughCacheRuleAlreadyExistsException");
        assertThat(noCredential.getLeft().code()).isEqualTo("InvalidParameterException");
        assertThat(described.map(r -> r.upstreamRegistryUrl().get())).containsExactly("public.ecr.aws");
        assertThat(validated.valid()).isTrue();
        assertThat(deleted.ecrRepositoryPrefix()).contains(prefix);
        assertThat(gone.getLeft().code()).isEqualTo("PullThroughCacheRuleNotFoundException");
    }

    @Test
    void repositoryCreationTemplates_areCreatedDescribedUpdatedAndDeleted() {
        requires(Capability.CREATION_TEMPLATES);
        String prefix = fixtures.name("team").toLowerCase(java.util.Locale.ROOT) + "/";
        var template = io.ecskit.domain.ecr.RepositoryCreationTemplate.builder().prefix(prefix).description("pull through cache repos")
                .appliedFor(List.of(io.ecskit.domain.ecr.RCTAppliedFor.PULL_THROUGH_CACHE)).lifecyclePolicy(LIFECYCLE).build();

        var created = right(kit.api().imageRepositories().createRepositoryCreationTemplate(template));
        var twice = kit.api().imageRepositories().createRepositoryCreationTemplate(template);
        var badPolicy = kit.api().imageRepositories().createRepositoryCreationTemplate(template.toBuilder().prefix(prefix + "x/")
                .lifecyclePolicy("{}").build());
        var updated = right(kit.api().imageRepositories().updateRepositoryCreationTemplate(io.ecskit.domain.ecr.RepositoryCreationTemplate
                .builder().prefix(prefix).description("updated").build()));
        var described = right(kit.api().imageRepositories().repositoryCreationTemplates(List.of(prefix)));
        right(kit.api().imageRepositories().deleteRepositoryCreationTemplate(prefix));
        var gone = kit.api().imageRepositories().repositoryCreationTemplates(List.of(prefix));

        assertThat(created.imageTagMutability()).contains(io.ecskit.domain.ecr.ImageTagMutability.MUTABLE);
        assertThat(created.encryptionConfiguration().map(e -> e.encryptionType())).contains(io.ecskit.domain.ecr.EncryptionType.AES256);
        assertThat(twice.getLeft().code()).isEqualTo("TemplateAlreadyExistsException");
        assertThat(badPolicy.getLeft().code()).isEqualTo("InvalidParameterException");
        assertThat(updated.description()).contains("updated");
        assertThat(described.single().appliedFor()).containsExactly(io.ecskit.domain.ecr.RCTAppliedFor.PULL_THROUGH_CACHE);
        assertThat(gone.getLeft().code()).isEqualTo("TemplateNotFoundException");
    }

    @Test
    void imageReferrers_areTheArtifactsWhoseSubjectIsTheImage() {
        requires(Capability.IMAGE_REFERRERS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        byte[] image = pushed(name, "subject");
        Image subject = right(kit.api().imageRepositories().putImage(name, new String(image, StandardCharsets.UTF_8),
                Option.of(new ImageTag("v1")), Option.none()));
        ImageDigest empty = upload(name, "{}".getBytes(StandardCharsets.UTF_8));
        String sbom = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"artifactType\":"
                + "\"application/spdx+json\",\"config\":{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\""
                + empty.value() + "\",\"size\":2},\"layers\":[],\"subject\":{\"mediaType\":"
                + "\"application/vnd.docker.distribution.manifest.v2+json\",\"digest\":\"" + subject.digest().value() + "\",\"size\":"
                + image.length + "}}";
        Image artifact = right(kit.api().imageRepositories().putImage(name, sbom, Option.none(), Option.none()));

        var referrers = right(kit.api().imageRepositories().imageReferrers(name, subject.digest(), List.empty()));
        var signatures = right(kit.api().imageRepositories().imageReferrers(name, subject.digest(), List.of("application/vnd.cncf.notary.signature")));

        right(kit.api().imageRepositories().deleteImages(name, List.of(io.ecskit.domain.ecr.ImageIdentifier.digest(artifact.digest()))));
        var afterDelete = right(kit.api().imageRepositories().imageReferrers(name, subject.digest(), List.empty()));

        assertThat(referrers.map(r -> r.digest())).containsExactly(artifact.digest().value());
        assertThat(referrers.head().artifactType()).contains("application/spdx+json");
        assertThat(signatures).isEmpty();
        assertThat(afterDelete).isEmpty();
    }

    @Test
    void accountSettingsAndPullTimeExclusions_areSetAndRead() {
        requires(Capability.ECR_REGISTRY_SETTINGS);
        String principal = "arn:aws:iam::" + kit.accountId() + ":role/" + fixtures.name("scanner");

        String before = right(kit.api().imageRepositories().accountSetting("BLOB_MOUNTING"));
        right(kit.api().imageRepositories().putAccountSetting("BLOB_MOUNTING", "ENABLED"));
        String after = right(kit.api().imageRepositories().accountSetting("BLOB_MOUNTING"));
        var unknownValue = kit.api().imageRepositories().putAccountSetting("BLOB_MOUNTING", "SOMETIMES");
        right(kit.api().imageRepositories().registerPullTimeUpdateExclusion(principal));
        var twice = kit.api().imageRepositories().registerPullTimeUpdateExclusion(principal);
        var listed = right(kit.api().imageRepositories().pullTimeUpdateExclusions());
        right(kit.api().imageRepositories().deregisterPullTimeUpdateExclusion(principal));
        var gone = kit.api().imageRepositories().deregisterPullTimeUpdateExclusion(principal);
        right(kit.api().imageRepositories().putAccountSetting("BLOB_MOUNTING", before));

        assertThat(after).isEqualTo("ENABLED");
        assertThat(unknownValue.getLeft().code()).isEqualTo("InvalidParameterException");
        assertThat(twice.getLeft().code()).isEqualTo("ExclusionAlreadyExistsException");
        assertThat(listed).contains(principal);
        assertThat(gone.getLeft().code()).isEqualTo("ExclusionNotFoundException");
    }

    @Test
    void signingConfiguration_signsImagesPushedAfterIt_onTheClock() {
        requires(Capability.ECR_REGISTRY_SETTINGS);
        requires(Capability.IMAGE_SEEDING);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        String profile = "arn:aws:signer:" + kit.region() + ":" + kit.accountId() + ":/signing-profiles/ecskit";
        var configuration = new io.ecskit.domain.ecr.SigningConfiguration(List.of(new io.ecskit.domain.ecr.SigningRule(profile,
                List.of(new io.ecskit.domain.ecr.SigningRepositoryFilter(name.value(), io.ecskit.domain.ecr.SigningRepositoryFilterType.WILDCARD_MATCH)))));

        var none = kit.api().imageRepositories().signingConfiguration();
        right(kit.api().imageRepositories().putSigningConfiguration(configuration));
        right(backend.putImage(name, new ImageTag("v1"), pushed(name, "signed")));
        var signing = right(kit.api().imageRepositories().imageSigningStatus(name, io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("v1"))));
        backend.passTime(Duration.ofMinutes(1));
        var signed = right(kit.api().imageRepositories().imageSigningStatus(name, io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("v1"))));
        right(kit.api().imageRepositories().deleteSigningConfiguration());

        assertThat(none.getLeft().code()).isEqualTo("SigningConfigurationNotFoundException");
        assertThat(signing.map(x -> x.signingProfileArn().get())).containsExactly(profile);
        assertThat(signed.single().status()).contains(io.ecskit.domain.ecr.SigningStatus.COMPLETE);
    }

    @Test
    void layerUpload_inParts_isAvailable_andDownloadsAsUploaded() {
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        byte[] first = "the first part of a layer, ".getBytes(StandardCharsets.UTF_8);
        byte[] second = "and its second part".getBytes(StandardCharsets.UTF_8);
        byte[] whole = (new String(first, StandardCharsets.UTF_8) + new String(second, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        ImageDigest digest = new ImageDigest("sha256:" + sha256(whole));
        String unknown = "sha256:" + "3".repeat(64);

        var upload = right(kit.api().imageRepositories().initiateLayerUpload(name));
        long afterFirst = right(kit.api().imageRepositories().uploadLayerPart(name, upload.uploadId(), 0, first.length - 1, first));
        long afterSecond = right(kit.api().imageRepositories().uploadLayerPart(name, upload.uploadId(), first.length,
                whole.length - 1, second));
        ImageDigest completed = right(kit.api().imageRepositories().completeLayerUpload(name, upload.uploadId(), digest));
        var check = right(kit.api().imageRepositories().checkLayerAvailability(name, List.of(digest.value(), unknown)));

        assertThat(upload.uploadId()).isNotBlank();
        assertThat(afterFirst).isEqualTo(first.length - 1);
        assertThat(afterSecond).isEqualTo(whole.length - 1);
        assertThat(completed).isEqualTo(digest);
        assertThat(check.layers().map(l -> l.digest())).containsExactly(digest);
        assertThat(check.layers().head().availability()).isEqualTo("AVAILABLE");
        assertThat(check.layers().head().size()).isEqualTo(whole.length);
        assertThat(check.failures().map(f -> f.layerDigest() + " " + f.failureCode())).containsExactly(unknown + " MissingLayerDigest");

        requires(Capability.LAYER_DOWNLOAD);
        byte[] manifest = ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\",\"config\":{"
                + "\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":" + whole.length + ",\"digest\":\""
                + digest.value() + "\"},\"layers\":[]}").getBytes(StandardCharsets.UTF_8);
        var unassociated = kit.api().imageRepositories().downloadLayer(name, digest);
        right(kit.api().imageRepositories().putImage(name, new String(manifest, StandardCharsets.UTF_8), Option.of(new ImageTag("v1")), Option.none()));
        var content = right(kit.api().imageRepositories().downloadLayer(name, digest));

        assertThat(unassociated.isLeft() ? unassociated.getLeft().code() : "served").isEqualTo("LayerInaccessibleException");
        byte[] downloaded = new byte[content.bytes().remaining()];
        content.bytes().duplicate().get(downloaded);
        assertThat(downloaded).isEqualTo(whole);
    }

    @Test
    void layerUpload_refusesWhatEcrRefuses() {
        requires(Capability.LAYER_UPLOAD_CHECKS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        byte[] bytes = "layer".getBytes(StandardCharsets.UTF_8);
        ImageDigest digest = new ImageDigest("sha256:" + sha256(bytes));

        var upload = right(kit.api().imageRepositories().initiateLayerUpload(name));
        var gap = kit.api().imageRepositories().uploadLayerPart(name, upload.uploadId(), 3, 3 + bytes.length - 1, bytes);
        var empty = kit.api().imageRepositories().completeLayerUpload(name, upload.uploadId(), digest);
        right(kit.api().imageRepositories().uploadLayerPart(name, upload.uploadId(), 0, bytes.length - 1, bytes));
        var wrongDigest = kit.api().imageRepositories().completeLayerUpload(name, upload.uploadId(),
                new ImageDigest("sha256:" + "4".repeat(64)));
        var unknownUpload = kit.api().imageRepositories().uploadLayerPart(name, "no-such-upload", 0, bytes.length - 1, bytes);
        upload(name, bytes);
        var again = right(kit.api().imageRepositories().initiateLayerUpload(name));
        right(kit.api().imageRepositories().uploadLayerPart(name, again.uploadId(), 0, bytes.length - 1, bytes));
        var twice = kit.api().imageRepositories().completeLayerUpload(name, again.uploadId(), digest);

        assertThat(gap.getLeft().code()).isEqualTo("InvalidLayerPartException");
        assertThat(empty.getLeft().code()).isEqualTo("EmptyUploadException");
        assertThat(wrongDigest.getLeft().code()).isEqualTo("InvalidLayerException");
        assertThat(unknownUpload.getLeft().code()).isEqualTo("UploadNotFoundException");
        assertThat(twice.getLeft().code()).isEqualTo("LayerAlreadyExistsException");
    }

    @Test
    void putImage_beforeItsLayersAreUploaded_isLayersNotFound() {
        requires(Capability.LAYERS_CHECKED_AT_PUT_IMAGE);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        String configDigest = "sha256:" + sha256("never uploaded");

        var refused = kit.api().imageRepositories().putImage(name, new String(manifest("never uploaded"), StandardCharsets.UTF_8),
                Option.of(new ImageTag("v1")), Option.none());
        upload(name, "never uploaded".getBytes(StandardCharsets.UTF_8));
        var accepted = kit.api().imageRepositories().putImage(name, new String(manifest("never uploaded"), StandardCharsets.UTF_8),
                Option.of(new ImageTag("v1")), Option.none());

        assertThat(refused.getLeft().code()).isEqualTo("LayersNotFoundException");
        assertThat(refused.getLeft().message()).contains(configDigest);
        assertThat(accepted.isRight()).as("%s", accepted).isTrue();
    }

    private static String sha256(String content) {
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void create_thenDescribe_hasEcrUriAndArnAndMutableTags() {
        RepositoryName name = repositoryName();

        Repository created = right(kit.api().imageRepositories().create(RepositorySpec.named(name)));

        String registry = kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com";
        assertThat(created.uri()).isEqualTo(registry + "/" + name.value());
        assertThat(created.arn()).isEqualTo("arn:aws:ecr:" + kit.region() + ":" + kit.accountId() + ":repository/" + name.value());
        assertThat(created.tagMutability()).isEqualTo(TagMutability.MUTABLE);
        assertThat(right(kit.api().imageRepositories().describe(name))).contains(created);
    }

    @Test
    void create_whenNameExists_isRepositoryAlreadyExists() {
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));

        assertError(kit.api().imageRepositories().create(RepositorySpec.named(name)), EcsError.RepositoryAlreadyExists.class,
                "The repository with name '" + name.value() + "' already exists in the registry with id '"
                        + kit.accountId() + "'");
    }

    @Test
    void describe_whenUnknown_isEmpty() {
        assertThat(right(kit.api().imageRepositories().describe(repositoryName()))).isEmpty();
    }

    @Test
    void delete_whenUnknown_isRepositoryNotFound() {
        RepositoryName name = repositoryName();

        assertError(kit.api().imageRepositories().delete(name, false), EcsError.RepositoryNotFound.class,
                "The repository with name '" + name.value() + "' does not exist in the registry with id '"
                        + kit.accountId() + "'");
    }

    @Test
    void delete_withImages_isRepositoryNotEmptyUnlessForced() {
        requires(Capability.IMAGE_SEEDING);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        right(backend.putImage(name, new ImageTag("v1"), pushed(name, "a")));

        assertErrorType(kit.api().imageRepositories().delete(name, false), EcsError.RepositoryNotEmpty.class);
        right(kit.api().imageRepositories().delete(name, true));
        assertThat(right(kit.api().imageRepositories().describe(name))).isEmpty();
    }

    @Test
    void push_existingTagToImmutableRepository_isImageTagAlreadyExists() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(new RepositorySpec(name, TagMutability.IMMUTABLE, false)));
        right(backend.putImage(name, new ImageTag("v1"), pushed(name, "a")));

        assertErrorType(backend.putImage(name, new ImageTag("v1"), pushed(name, "b")), EcsError.ImageTagAlreadyExists.class);
    }

    @Test
    void push_existingTagToMutableRepository_movesTheTag() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image first = right(backend.putImage(name, new ImageTag("latest"), pushed(name, "a")));
        Image second = right(backend.putImage(name, new ImageTag("latest"), pushed(name, "b")));

        assertThat(second.digest()).isNotEqualTo(first.digest());
        var images = right(kit.api().imageRepositories().images(name));
        assertThat(images.find(i -> i.digest().equals(second.digest())).get().tags()).containsExactly(new ImageTag("latest"));
        assertThat(images.find(i -> i.digest().equals(first.digest())).get().tags()).isEmpty();
    }

    @Test
    void listImages_byTagStatus_deleteImages_byTagOrDigest_andTagMutability() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image a = right(backend.putImage(name, new ImageTag("1"), pushed(name, "a")));
        right(backend.putImage(name, new ImageTag("latest"), pushed(name, "a")));
        Image b = right(backend.putImage(name, new ImageTag("2"), pushed(name, "b")));
        Image c = right(backend.putImage(name, new ImageTag("2"), pushed(name, "c")));
        var id = (java.util.function.BiFunction<Image, String, io.ecskit.domain.ecr.ImageIdentifier>) (image, tag) ->
                new io.ecskit.domain.ecr.ImageIdentifier(Option.of(image.digest()), Option.of(new ImageTag(tag)));

        var tagged = right(kit.api().imageRepositories().listImages(name, Option.of("TAGGED")));
        var untagged = right(kit.api().imageRepositories().listImages(name, Option.of("UNTAGGED")));
        var deletion = right(kit.api().imageRepositories().deleteImages(name, List.of(
                io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("latest")), io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("nope")),
                io.ecskit.domain.ecr.ImageIdentifier.digest(b.digest()))));
        var left = right(kit.api().imageRepositories().listImages(name, Option.none()));
        Repository immutable = right(kit.api().imageRepositories().putTagMutability(name, io.ecskit.domain.ecr.TagMutability.IMMUTABLE));

        assertThat(tagged).containsExactlyInAnyOrder(id.apply(a, "1"), id.apply(a, "latest"), id.apply(c, "2"));
        assertThat(untagged).containsExactly(io.ecskit.domain.ecr.ImageIdentifier.digest(b.digest()));
        assertThat(deletion.deleted()).containsExactlyInAnyOrder(id.apply(a, "latest"), io.ecskit.domain.ecr.ImageIdentifier.digest(b.digest()));
        assertThat(deletion.failures().map(f -> f.failureCode())).containsExactly("ImageNotFound");
        assertThat(left).containsExactlyInAnyOrder(id.apply(a, "1"), id.apply(c, "2"));
        assertThat(immutable.tagMutability()).isEqualTo(io.ecskit.domain.ecr.TagMutability.IMMUTABLE);
        assertErrorType(backend.putImage(name, new ImageTag("1"), pushed(name, "d")), EcsError.ImageTagAlreadyExists.class);
    }

    @Test
    void tagMutabilityExclusions_letTheMatchingTagsBehaveTheOtherWay() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName immutable = repositoryName();
        RepositoryName mutable = repositoryName();
        right(kit.api().imageRepositories().create(new RepositorySpec(immutable, TagMutability.IMMUTABLE_WITH_EXCLUSION, false,
                io.ecskit.domain.ecr.EncryptionConfiguration.AES256, List.of("latest"))));
        right(kit.api().imageRepositories().create(RepositorySpec.named(mutable)));
        right(kit.api().imageRepositories().putTagMutability(mutable, TagMutability.MUTABLE_WITH_EXCLUSION, List.of("release-*")));
        var noFilters = kit.api().imageRepositories().putTagMutability(mutable, TagMutability.IMMUTABLE_WITH_EXCLUSION, List.empty());

        right(backend.putImage(immutable, new ImageTag("latest"), pushed(immutable, "a")));
        var latestMoves = backend.putImage(immutable, new ImageTag("latest"), pushed(immutable, "b"));
        right(backend.putImage(immutable, new ImageTag("v1"), pushed(immutable, "a")));
        var v1Stays = backend.putImage(immutable, new ImageTag("v1"), pushed(immutable, "c"));
        right(backend.putImage(mutable, new ImageTag("release-1"), pushed(mutable, "a")));
        var releaseStays = backend.putImage(mutable, new ImageTag("release-1"), pushed(mutable, "b"));
        right(backend.putImage(mutable, new ImageTag("dev"), pushed(mutable, "a")));
        var devMoves = backend.putImage(mutable, new ImageTag("dev"), pushed(mutable, "c"));

        assertThat(latestMoves.isRight()).as("%s", latestMoves).isTrue();
        assertErrorType(v1Stays, EcsError.ImageTagAlreadyExists.class);
        assertErrorType(releaseStays, EcsError.ImageTagAlreadyExists.class);
        assertThat(devMoves.isRight()).as("%s", devMoves).isTrue();
        assertThat(noFilters.getLeft().code()).isEqualTo("InvalidParameterException");
        assertThat(right(kit.api().imageRepositories().describe(mutable)).get().tagMutabilityExclusionFilters()).containsExactly("release-*");
    }

    @Test
    void batchGetImage_thenPutImage_retagsWithoutAPush_asCiPipelinesDo() {
        requires(Capability.IMAGE_SEEDING);
        requires(Capability.DISTINCT_IMAGE_DIGESTS);
        RepositoryName name = repositoryName();
        right(kit.api().imageRepositories().create(RepositorySpec.named(name)));
        Image built = right(backend.putImage(name, new ImageTag("build-42"), pushed(name, "a")));

        var got = right(kit.api().imageRepositories().getImages(name, List.of(io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("build-42")),
                io.ecskit.domain.ecr.ImageIdentifier.tag(new ImageTag("nope")))));
        String manifest = got.images().single().manifest();
        Image released = right(kit.api().imageRepositories().putImage(name, manifest, Option.of(new ImageTag("release")), Option.none()));
        var again = kit.api().imageRepositories().putImage(name, manifest, Option.of(new ImageTag("release")), Option.none());
        var wrongDigest = kit.api().imageRepositories().putImage(name, manifest, Option.of(new ImageTag("other")),
                Option.of(new io.ecskit.domain.ecr.ImageDigest("sha256:" + "0".repeat(64))));

        assertThat(got.images().single().image().digest()).isEqualTo(built.digest());
        assertThat(got.failures().map(f -> f.failureCode())).containsExactly("ImageNotFound");
        assertThat(released.digest()).isEqualTo(built.digest());
        assertThat(right(kit.api().imageRepositories().listImages(name, Option.none())).map(i -> i.imageTag().get().value()))
                .containsExactlyInAnyOrder("build-42", "release");
        assertThat(again.getLeft().code()).isEqualTo("ImageAlreadyExistsException");
        assertThat(wrongDigest.getLeft().code()).isEqualTo("ImageDigestDoesNotMatchException");
    }

    @Test
    void images_whenRepositoryIsUnknown_isRepositoryNotFound() {
        assertErrorType(kit.api().imageRepositories().images(repositoryName()), EcsError.RepositoryNotFound.class);
    }

    @Test
    void authorization_isUserAwsAtTheRegistryEndpoint() {
        RegistryAuthorization auth = right(kit.api().imageRepositories().authorization());

        assertThat(auth.username()).isEqualTo("AWS");
        assertThat(auth.password()).isNotBlank();
        assertThat(auth.proxyEndpoint().toString())
                .isEqualTo("https://" + kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com");
    }

    @Test
    void authorization_expiresTwelveHoursAfterIssue() {
        requires(Capability.ECR_TOKEN_EXPIRY);
        Instant before = kit.api().time().now();

        RegistryAuthorization auth = right(kit.api().imageRepositories().authorization());

        assertThat(auth.expiresAt()).isBetween(before.plus(Duration.ofHours(12)).minusSeconds(60),
                kit.api().time().now().plus(Duration.ofHours(12)).plusSeconds(60));
    }
}
