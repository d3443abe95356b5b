package io.ecskit.domain.iam;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * An IAM role as GetRole answers it. Source: IAM API reference, Role.
 *
 * @param path the path, {@code /} by default ({@code /aws-service-role/SERVICE/} for a service-linked role); 1..512
 *     characters beginning and ending with {@code /}
 * @param roleName the name, 1..64 of letters, digits and {@code +=,.@_-}; unique in the account, case-insensitively
 * @param roleId the stable id: {@code AROA} and 17 upper-case letters and digits
 * @param arn {@code arn:aws:iam::ACCOUNT:role} + path + name
 * @param createDate when it was created
 * @param assumeRolePolicyDocument the trust policy (JSON, as given; IAM answers it URL-encoded on the wire)
 * @param description the description, up to 1,000 characters
 * @param maxSessionDuration the longest session, in seconds: 3,600 (the default) to 43,200
 * @param permissionsBoundary the ARN of the managed policy that bounds the role's permissions
 * @param tags the tags, at most 50
 * @param lastUsedDate when a task last assumed the role (IAM's RoleLastUsed)
 * @param lastUsedRegion the region it was last used in
 */
public record Role(String path, String roleName, String roleId, String arn, Instant createDate, String assumeRolePolicyDocument,
                   Option<String> description, int maxSessionDuration, Option<String> permissionsBoundary, List<Tag> tags,
                   Option<Instant> lastUsedDate, Option<String> lastUsedRegion) {

    /** The default {@code maxSessionDuration}: one hour. */
    public static final int DEFAULT_MAX_SESSION_DURATION = 3600;

    /** The role with another description and maximum session duration (UpdateRole). */
    public Role withSettings(Option<String> newDescription, int newMaxSessionDuration) {
        return new Role(path, roleName, roleId, arn, createDate, assumeRolePolicyDocument, newDescription, newMaxSessionDuration,
                permissionsBoundary, tags, lastUsedDate, lastUsedRegion);
    }

    /** The role with another trust policy (UpdateAssumeRolePolicy). */
    public Role withTrustPolicy(String document) {
        return new Role(path, roleName, roleId, arn, createDate, document, description, maxSessionDuration, permissionsBoundary, tags,
                lastUsedDate, lastUsedRegion);
    }

    /** The role with other tags (TagRole, UntagRole). */
    public Role withTags(List<Tag> newTags) {
        return new Role(path, roleName, roleId, arn, createDate, assumeRolePolicyDocument, description, maxSessionDuration, permissionsBoundary,
                newTags, lastUsedDate, lastUsedRegion);
    }

    /** The role as a task last used it, at {@code at} in {@code region}. */
    public Role usedAt(Instant at, String region) {
        return new Role(path, roleName, roleId, arn, createDate, assumeRolePolicyDocument, description, maxSessionDuration, permissionsBoundary,
                tags, Option.of(at), Option.of(region));
    }

    /** Whether it is a service-linked role (its path is {@code /aws-service-role/...}), which only its service changes. */
    public boolean isServiceLinked() {
        return path.startsWith("/aws-service-role/");
    }
}
