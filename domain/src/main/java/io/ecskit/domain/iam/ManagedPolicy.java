package io.ecskit.domain.iam;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * A managed policy as GetPolicy answers it: the account's own ({@code arn:aws:iam::ACCOUNT:policy/...}) or one of AWS's
 * ({@code arn:aws:iam::aws:policy/...}). Source: IAM API reference, Policy.
 *
 * @param policyName the name, 1..128 of letters, digits and {@code +=,.@_-}
 * @param policyId the stable id: {@code ANPA} and 17 upper-case letters and digits (none for AWS's own: ecskit does not
 *     know AWS's ids)
 * @param arn its ARN
 * @param path the path, {@code /} by default
 * @param defaultVersionId the version in force ({@code v1}: ecskit keeps one version; none for AWS's own)
 * @param attachmentCount how many roles it is attached to in this account
 * @param permissionsBoundaryUsageCount how many roles it bounds
 * @param description up to 1,000 characters
 * @param createDate when it was created (none for AWS's own)
 * @param updateDate when its default version last changed (none for AWS's own)
 * @param tags at most 50
 * @param document the default version's document (JSON); none for an AWS managed policy whose text ecskit does not carry
 */
public record ManagedPolicy(String policyName, Option<String> policyId, String arn, String path, Option<String> defaultVersionId,
                            int attachmentCount, int permissionsBoundaryUsageCount, Option<String> description, Option<Instant> createDate,
                            Option<Instant> updateDate,
                            List<Tag> tags, Option<String> document) {

    /** Whether AWS manages it ({@code arn:aws:iam::aws:policy/...}). */
    public boolean isAwsManaged() {
        return arn.startsWith("arn:aws:iam::aws:policy/");
    }
}
