package io.ecskit.port.out;

import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.ecr.Repository;
import io.ecskit.domain.ecr.RepositoryName;
import io.ecskit.domain.ecr.RepositorySpec;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** ECR repositories and images of one registry (account and region), through the ECR API. */
public interface ImageRepositoryPort {

    /** CreateRepository; an existing name is RepositoryAlreadyExists. */
    Either<EcsError, Repository> create(RepositorySpec spec);

    /** DescribeRepositories for one name; empty when ECR has no such repository. */
    Either<EcsError, Option<Repository>> describe(RepositoryName name);

    /** DeleteRepository; with images it is RepositoryNotEmpty unless {@code force}. */
    Either<EcsError, Repository> delete(RepositoryName name, boolean force);

    /**
     * DescribeImages, every page, of every storage status (ACTIVE, ARCHIVED, ACTIVATING: DescribeImages' imageStatus ANY;
     * ECR lists only ACTIVE ones when no filter is given); RepositoryNotFound when the repository is unknown.
     */
    Either<EcsError, Seq<Image>> images(RepositoryName name);

    /**
     * ListImages, every page: one identifier per tag of each tagged ACTIVE image, and the digest alone of each untagged one;
     * {@code tagStatus} TAGGED or UNTAGGED narrows it (ANY or none: both).
     */
    default Either<EcsError, Seq<io.ecskit.domain.ecr.ImageIdentifier>> listImages(RepositoryName name, Option<String> tagStatus) {
        return listImages(name, tagStatus, Option.none());
    }

    /**
     * A cross-repository blob mount (the registry protocol's {@code POST /v2/NAME/blobs/uploads/?mount=DIGEST&from=OTHER}):
     * true when the layer was mounted into {@code repository} — ECR's BLOB_MOUNTING account setting ENABLED, {@code from}
     * in the same registry with the same encryption, and a manifest of {@code from} referencing the layer (ECR mounts no
     * unreferenced blob) — false when a client must upload it (registries answer that with a new upload).
     */
    Either<EcsError, Boolean> mountLayer(RepositoryName repository, RepositoryName from, io.ecskit.domain.ecr.ImageDigest layer);

    /**
     * DescribeImageReplicationStatus: where a push of the image is replicated by the registry's replication configuration
     * (each destination IN_PROGRESS, then COMPLETE); empty for an image pushed before replication was configured.
     */
    Either<EcsError, Seq<io.ecskit.domain.ecr.ImageReplicationStatus>> imageReplicationStatus(RepositoryName name,
                                                                                            io.ecskit.domain.ecr.ImageIdentifier image);

    /**
     * StartReplicationBackfill: the registry's existing images its replication configuration selects for
     * {@code destination} (which it must name) are replicated there; at most one in progress per destination Region and
     * 10 in all.
     */
    Either<EcsError, io.ecskit.domain.ecr.ReplicationBackfill> startReplicationBackfill(io.ecskit.domain.ecr.ReplicationDestination destination);

    /** StopReplicationBackfill: a PREPARING backfill is STOPPED at once, an IN_PROGRESS one STOPPING until its replication in flight ends. */
    Either<EcsError, io.ecskit.domain.ecr.ReplicationBackfill> stopReplicationBackfill(String replicationBackfillId);

    /** ListReplicationBackfills, every page: newest first; ended ones for 90 days. */
    Either<EcsError, Seq<io.ecskit.domain.ecr.ReplicationBackfill>> replicationBackfills();

    /**
     * DescribeReplicationBackfillResults, every page: the backfill and, once it reached a terminal status, what it did with
     * each image ({@code resultStatus} COMPLETE or FAILED narrows them).
     */
    Either<EcsError, io.vavr.Tuple2<io.ecskit.domain.ecr.ReplicationBackfill, Seq<io.ecskit.domain.ecr.ReplicationBackfillResult>>>
            replicationBackfillResults(String replicationBackfillId, Option<String> resultStatus);

    /** ListImages with ECR's {@code imageStatus} filter: ACTIVE (also when none), ARCHIVED, ACTIVATING or ANY. */
    Either<EcsError, Seq<io.ecskit.domain.ecr.ImageIdentifier>> listImages(RepositoryName name, Option<String> tagStatus, Option<String> imageStatus);

    /**
     * UpdateImageStorageClass: {@code ARCHIVE} moves an ACTIVE image to ECR's archive storage class (ARCHIVED at once: not
     * pullable, listed only when asked for), {@code STANDARD} restores an ARCHIVED one (ACTIVATING, ACTIVE again within 20
     * minutes; a push of it restores it at once); anything else is ImageStorageClassUpdateNotSupportedException.
     */
    Either<EcsError, Image> updateImageStorageClass(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier image, String targetStorageClass);

    /**
     * BatchDeleteImage: a tag given removes that tag (and the image with its last tag), a digest alone deletes the image
     * with all its tags; unknown ones are ImageNotFound failures.
     */
    Either<EcsError, io.ecskit.domain.ecr.ImageDeletion> deleteImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images);

    /**
     * PutImage: the manifest (JSON text) as an image of the repository, tagged when a tag is given (moving it, or
     * ImageTagAlreadyExists in an IMMUTABLE repository); ImageAlreadyExists when that digest already has that tag (or is
     * already there untagged), ImageDigestDoesNotMatch when a given digest is not the manifest's sha256.
     */
    Either<EcsError, io.ecskit.domain.ecr.Image> putImage(RepositoryName name, String manifest, Option<io.ecskit.domain.ecr.ImageTag> tag,
                                                          Option<io.ecskit.domain.ecr.ImageDigest> digest);

    /** BatchGetImage: each image named (by digest, tag or both) with its manifest; unknown ones are ImageNotFound failures. */
    Either<EcsError, io.ecskit.domain.ecr.ImageBatch> getImages(RepositoryName name, Seq<io.ecskit.domain.ecr.ImageIdentifier> images);

    /** PutImageTagMutability: MUTABLE or IMMUTABLE from now on. */
    default Either<EcsError, Repository> putTagMutability(RepositoryName name, io.ecskit.domain.ecr.TagMutability mutability) {
        return putTagMutability(name, mutability, io.vavr.collection.List.empty());
    }

    /**
     * PutImageTagMutability with exclusion filters (1..5 WILDCARD patterns, only and always with the
     * {@code _WITH_EXCLUSION} settings): the tags matching them behave the other way.
     */
    Either<EcsError, Repository> putTagMutability(RepositoryName name, io.ecskit.domain.ecr.TagMutability mutability,
                                                  io.vavr.collection.List<String> exclusionFilters);

    /**
     * InitiateLayerUpload: opens an upload of one layer (or config blob) into the repository; parts follow with
     * {@link #uploadLayerPart}, then {@link #completeLayerUpload}. RepositoryNotFound when the repository is unknown.
     */
    Either<EcsError, io.ecskit.domain.ecr.LayerUpload> initiateLayerUpload(RepositoryName name);

    /**
     * UploadLayerPart: bytes {@code partFirstByte..partLastByte} (inclusive, 0-based) of the upload; the first byte must
     * follow the last one received (InvalidLayerPartException otherwise), the upload must be open (UploadNotFoundException).
     * Answers the last byte received.
     */
    Either<EcsError, Long> uploadLayerPart(RepositoryName name, String uploadId, long partFirstByte, long partLastByte, byte[] part);

    /**
     * CompleteLayerUpload: the bytes uploaded become the layer {@code layerDigest} of the repository (their sha256, else
     * InvalidLayerException; none: EmptyUploadException; a layer already there: LayerAlreadyExistsException, the
     * upload then closed all the same).
     */
    Either<EcsError, io.ecskit.domain.ecr.ImageDigest> completeLayerUpload(RepositoryName name, String uploadId,
                                                                         io.ecskit.domain.ecr.ImageDigest layerDigest);

    /** BatchCheckLayerAvailability: which of the digests (1..100) the repository holds, with sizes; the rest are failures. */
    Either<EcsError, io.ecskit.domain.ecr.LayerCheck> checkLayerAvailability(RepositoryName name, Seq<String> layerDigests);

    /**
     * GetDownloadUrlForLayer and the download: the layer's bytes. LayersNotFoundException when the repository has no such
     * layer, LayerInaccessibleException when no image of it references the layer.
     */
    Either<EcsError, io.ecskit.domain.ecr.LayerContent> downloadLayer(RepositoryName name, io.ecskit.domain.ecr.ImageDigest layerDigest);

    /** DescribeRepositories without names: every repository of the registry, every page, in name order. */
    Either<EcsError, Seq<Repository>> repositories();

    /** SetRepositoryPolicy: the repository's policy from now on (a JSON policy document, at most 10,240 characters). */
    Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> setPolicy(RepositoryName name, String policyText);

    /** GetRepositoryPolicy; RepositoryPolicyNotFoundException when it has none. */
    Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> policy(RepositoryName name);

    /** DeleteRepositoryPolicy: answers the policy deleted; RepositoryPolicyNotFoundException when it had none. */
    Either<EcsError, io.ecskit.domain.ecr.RepositoryPolicy> deletePolicy(RepositoryName name);

    /** PutRegistryPolicy: the registry's policy from now on. */
    Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> putRegistryPolicy(String policyText);

    /** GetRegistryPolicy; RegistryPolicyNotFoundException when it has none. */
    Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> registryPolicy();

    /** DeleteRegistryPolicy: answers the policy deleted; RegistryPolicyNotFoundException when it had none. */
    Either<EcsError, io.ecskit.domain.ecr.RegistryPolicy> deleteRegistryPolicy();

    /** ListTagsForResource (ECR): the repository's tags, by its ARN. */
    Either<EcsError, Seq<io.ecskit.domain.Tag>> tags(String repositoryArn);

    /** TagResource (ECR): adds or overwrites tags (at most 50 on a repository). */
    Either<EcsError, io.ecskit.domain.Done> tag(String repositoryArn, Seq<io.ecskit.domain.Tag> tags);

    /** UntagResource (ECR): removes the keys (absent ones are no error). */
    Either<EcsError, io.ecskit.domain.Done> untag(String repositoryArn, Seq<String> keys);

    /**
     * PutLifecyclePolicy: the repository's lifecycle policy from now on, checked against ECR's schema and rules. ECR
     * applies it within 24 hours and daily after that: images it selects are expired (deleted), and later pulls fail.
     */
    Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> putLifecyclePolicy(RepositoryName name, String policyText);

    /** GetLifecyclePolicy, with when it was last applied; LifecyclePolicyNotFoundException when there is none. */
    Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> lifecyclePolicy(RepositoryName name);

    /** DeleteLifecyclePolicy: answers the policy deleted; LifecyclePolicyNotFoundException when there was none. */
    Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicy> deleteLifecyclePolicy(RepositoryName name);

    /**
     * StartLifecyclePolicyPreview: a dry run of {@code policyText} (or of the repository's own policy when empty) against
     * its images as they are now; answers it IN_PROGRESS, as ECR does.
     */
    Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicyPreview> startLifecyclePolicyPreview(RepositoryName name, Option<String> policyText);

    /** GetLifecyclePolicyPreview: the last dry run's result; LifecyclePolicyPreviewNotFoundException when none was started. */
    Either<EcsError, io.ecskit.domain.ecr.LifecyclePolicyPreview> lifecyclePolicyPreview(RepositoryName name);

    /** PutImageScanningConfiguration: whether images are scanned when pushed (basic scanning). */
    Either<EcsError, Repository> putScanOnPush(RepositoryName name, boolean scanOnPush);

    /**
     * StartImageScan: a basic scan of the image (by digest or tag), IN_PROGRESS at first; in memory it completes 30
     * seconds later on the clock, with no findings (ecskit reads no image content; scripted findings are not modelled yet). At most once a day
     * per image (LimitExceededException).
     */
    Either<EcsError, io.ecskit.domain.ecr.ImageScan> startImageScan(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier image);

    /** DescribeImageScanFindings, every page: the image's last scan; ScanNotFoundException when it was never scanned. */
    Either<EcsError, io.ecskit.domain.ecr.ImageScan> imageScanFindings(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier image);

    /** PutReplicationConfiguration: the registry's replication from now on (stored; ecskit replicates nothing). */
    Either<EcsError, io.ecskit.domain.ecr.ReplicationConfiguration> putReplicationConfiguration(io.ecskit.domain.ecr.ReplicationConfiguration configuration);

    /** DescribeRegistry: the registry's replication configuration, empty when none was put. */
    Either<EcsError, Option<io.ecskit.domain.ecr.ReplicationConfiguration>> replicationConfiguration();

    /** PutRegistryScanningConfiguration: the registry's scanning from now on (BASIC by default). */
    Either<EcsError, io.ecskit.domain.ecr.RegistryScanningConfiguration> putRegistryScanningConfiguration(
            io.ecskit.domain.ecr.RegistryScanningConfiguration configuration);

    /** GetRegistryScanningConfiguration: the registry's scanning (BASIC with no rules when none was put). */
    Either<EcsError, io.ecskit.domain.ecr.RegistryScanningConfiguration> registryScanningConfiguration();

    /**
     * CreatePullThroughCacheRule: repositories under {@code ecrRepositoryPrefix} cache the upstream registry (stored and
     * checked; ecskit pulls from no upstream). PullThroughCacheRuleAlreadyExistsException for a prefix that has one.
     */
    Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> createPullThroughCacheRule(io.ecskit.domain.ecr.PullThroughCacheRule rule);

    /** DescribePullThroughCacheRules, every page: all rules, or those of the prefixes (PullThroughCacheRuleNotFoundException for one without). */
    Either<EcsError, Seq<io.ecskit.domain.ecr.PullThroughCacheRule>> pullThroughCacheRules(Seq<String> prefixes);

    /** UpdatePullThroughCacheRule: a new credential or role for the prefix's rule (what the rule gives of them; the rest is kept). */
    Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> updatePullThroughCacheRule(io.ecskit.domain.ecr.PullThroughCacheRule rule);

    /** DeletePullThroughCacheRule: answers the rule deleted. */
    Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheRule> deletePullThroughCacheRule(String ecrRepositoryPrefix);

    /**
     * CreateRepositoryCreationTemplate: the settings ECR gives repositories it creates under the prefix (for replication,
     * pull through cache or create on push); its lifecycle and repository policies checked as Put/Set would. Stored:
     * ecskit creates no repository on anyone's behalf.
     */
    Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> createRepositoryCreationTemplate(
            io.ecskit.domain.ecr.RepositoryCreationTemplate template);

    /** DescribeRepositoryCreationTemplates, every page: all, or those of the prefixes (TemplateNotFoundException for one without). */
    Either<EcsError, Seq<io.ecskit.domain.ecr.RepositoryCreationTemplate>> repositoryCreationTemplates(Seq<String> prefixes);

    /** UpdateRepositoryCreationTemplate: what the template gives replaces what the prefix's template had. */
    Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> updateRepositoryCreationTemplate(
            io.ecskit.domain.ecr.RepositoryCreationTemplate template);

    /** DeleteRepositoryCreationTemplate: answers the template deleted. */
    Either<EcsError, io.ecskit.domain.ecr.RepositoryCreationTemplate> deleteRepositoryCreationTemplate(String prefix);

    /**
     * ListImageReferrers, every page: the artifacts of the repository whose manifest names {@code subject} as its
     * {@code subject} (signatures, SBOMs, attestations: OCI 1.1 referrers), optionally of the artifact types given.
     */
    Either<EcsError, Seq<io.ecskit.domain.ecr.ImageReferrer>> imageReferrers(RepositoryName name, io.ecskit.domain.ecr.ImageDigest subject,
                                                                            Seq<String> artifactTypes);

    /** ValidatePullThroughCacheRule: whether the prefix's rule can be used (in memory: its settings pass ECR's checks). */
    Either<EcsError, io.ecskit.domain.ecr.PullThroughCacheValidation> validatePullThroughCacheRule(String ecrRepositoryPrefix);

    /**
     * GetAccountSetting (ECR): BASIC_SCAN_TYPE_VERSION, REGISTRY_POLICY_SCOPE or BLOB_MOUNTING; a registry that never set
     * one has today's defaults (AWS_NATIVE, V2, DISABLED).
     */
    Either<EcsError, String> accountSetting(String name);

    /** PutAccountSetting (ECR): the value from now on; answers it. */
    Either<EcsError, String> putAccountSetting(String name, String value);

    /** RegisterPullTimeUpdateExclusion: pulls by this IAM role or user no longer update an image's last pull time; answers when. */
    Either<EcsError, java.time.Instant> registerPullTimeUpdateExclusion(String principalArn);

    /** DeregisterPullTimeUpdateExclusion. */
    Either<EcsError, io.ecskit.domain.Done> deregisterPullTimeUpdateExclusion(String principalArn);

    /** ListPullTimeUpdateExclusions, every page. */
    Either<EcsError, Seq<String>> pullTimeUpdateExclusions();

    /**
     * PutSigningConfiguration: images pushed from now on to repositories its rules match are signed with the rules'
     * signing profiles (in memory: COMPLETE 30 seconds after the push; no signature artifact is made).
     */
    Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> putSigningConfiguration(io.ecskit.domain.ecr.SigningConfiguration configuration);

    /** GetSigningConfiguration; SigningConfigurationNotFoundException when none. */
    Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> signingConfiguration();

    /** DeleteSigningConfiguration: answers the configuration deleted. */
    Either<EcsError, io.ecskit.domain.ecr.SigningConfiguration> deleteSigningConfiguration();

    /** DescribeImageSigningStatus: one status per signing profile that signs the image (none when no rule matched at its push). */
    Either<EcsError, Seq<io.ecskit.domain.ecr.ImageSigningStatus>> imageSigningStatus(RepositoryName name, io.ecskit.domain.ecr.ImageIdentifier image);

    /** GetAuthorizationToken: registry credentials valid for 12 hours. */
    Either<EcsError, RegistryAuthorization> authorization();
}
