package io.ecskit.domain.secrets;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * A Secrets Manager secret as DescribeSecret answers it. Source: Secrets Manager API reference, DescribeSecret.
 *
 * @param arn {@code arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-XXXXXX} (six random letters and digits)
 * @param name the name, 1..512 of letters, digits and {@code /_+=.@-}
 * @param description the description, up to 2,048 characters
 * @param kmsKeyId the KMS key that encrypts it; none: the account's {@code aws/secretsmanager} key
 * @param tags the tags, at most 50
 * @param createdDate when it was created
 * @param lastChangedDate when it was last changed (a value, description or tags)
 * @param lastAccessedDate the day (UTC midnight) it was last read
 * @param deletedDate when it is deleted for good, once DeleteSecret scheduled it (a recovery window of 7..30 days, 30
 *     by default)
 * @param versions its versions, newest first
 */
public record Secret(String arn, String name, Option<String> description, Option<String> kmsKeyId, List<Tag> tags,
                     Instant createdDate, Instant lastChangedDate, Option<Instant> lastAccessedDate, Option<Instant> deletedDate,
                     List<SecretVersion> versions) {

    /** The version a staging label is on. */
    public Option<SecretVersion> staged(String label) {
        return versions.find(v -> v.versionStages().contains(label));
    }
}
