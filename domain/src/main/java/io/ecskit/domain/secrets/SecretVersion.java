package io.ecskit.domain.secrets;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * One version of a secret's value, as GetSecretValue answers it: a string or binary value (base64 on the wire), the
 * staging labels on it ({@code AWSCURRENT} on the newest, {@code AWSPREVIOUS} on the one before). Source: Secrets Manager
 * API reference, GetSecretValue and PutSecretValue.
 *
 * @param versionId the version's id (the ClientRequestToken it was created with: 32..64 characters, a UUID by default)
 * @param secretString the string value, up to 65,536 bytes
 * @param secretBinary the binary value, base64-encoded
 * @param versionStages the staging labels attached to this version
 * @param createdDate when the version was created
 */
public record SecretVersion(String versionId, Option<String> secretString, Option<String> secretBinary, List<String> versionStages,
                            Instant createdDate) {
}
