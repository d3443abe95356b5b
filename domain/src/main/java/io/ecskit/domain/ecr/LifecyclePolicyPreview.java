package io.ecskit.domain.ecr;

import io.vavr.collection.Seq;

import java.time.Instant;

/**
 * A dry run of a lifecycle policy (StartLifecyclePolicyPreview, GetLifecyclePolicyPreview): the images it would expire.
 *
 * @param registryId the account of the registry
 * @param repositoryName the repository
 * @param policyText the policy previewed
 * @param status {@code IN_PROGRESS}, {@code COMPLETE}, {@code EXPIRED} or {@code FAILED} (ECR's LifecyclePolicyPreviewStatus)
 * @param results one per image the policy would expire, newest rule match first
 * @param expiringImageTotalCount how many images it would expire
 */
public record LifecyclePolicyPreview(String registryId, RepositoryName repositoryName, String policyText, String status,
                                     Seq<Result> results, int expiringImageTotalCount) {

    /**
     * An image the policy would expire.
     *
     * @param imageDigest the image
     * @param imageTags its tags
     * @param imagePushedAt when it was pushed
     * @param appliedRulePriority the rule that expires it
     */
    public record Result(ImageDigest imageDigest, Seq<ImageTag> imageTags, Instant imagePushedAt, int appliedRulePriority) {
    }
}
