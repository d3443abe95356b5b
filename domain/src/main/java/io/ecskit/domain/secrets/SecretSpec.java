package io.ecskit.domain.secrets;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What CreateSecret asks for. Source: Secrets Manager API reference, CreateSecret.
 *
 * @param name the name (required)
 * @param description the description
 * @param kmsKeyId the KMS key; none: {@code aws/secretsmanager}
 * @param secretString a string value (not with {@code secretBinary})
 * @param secretBinary a binary value, base64-encoded
 * @param tags the tags, at most 50
 * @param clientRequestToken the first version's id (32..64 characters); the SDKs send a UUID
 */
public record SecretSpec(String name, Option<String> description, Option<String> kmsKeyId, Option<String> secretString,
                         Option<String> secretBinary, List<Tag> tags, Option<String> clientRequestToken) {

    /** A secret with a string value. */
    public static SecretSpec of(String name, String secretString) {
        return new SecretSpec(name, Option.none(), Option.none(), Option.of(secretString), Option.none(), List.empty(), Option.none());
    }
}
