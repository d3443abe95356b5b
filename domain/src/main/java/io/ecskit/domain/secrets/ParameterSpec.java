package io.ecskit.domain.secrets;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What PutParameter asks for. Source: Systems Manager API reference, PutParameter.
 *
 * @param name the name (required)
 * @param value the value (required)
 * @param type {@code String}, {@code StringList} or {@code SecureString}; required for a new parameter
 * @param overwrite whether an existing parameter gets a new version (false: ParameterAlreadyExists)
 * @param description the description
 * @param keyId the KMS key of a SecureString
 * @param tier {@code Standard}, {@code Advanced} or {@code Intelligent-Tiering}
 * @param dataType {@code text}, {@code aws:ec2:image} or {@code aws:ssm:integration}
 * @param allowedPattern a regular expression the value must match
 * @param tags the tags (not with overwrite)
 */
public record ParameterSpec(String name, String value, Option<String> type, boolean overwrite, Option<String> description,
                            Option<String> keyId, Option<String> tier, Option<String> dataType, Option<String> allowedPattern,
                            List<Tag> tags) {

    /** A new String parameter. */
    public static ParameterSpec string(String name, String value) {
        return new ParameterSpec(name, value, Option.of("String"), false, Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), List.empty());
    }

    /** A new SecureString parameter. */
    public static ParameterSpec secure(String name, String value) {
        return new ParameterSpec(name, value, Option.of("SecureString"), false, Option.none(), Option.none(), Option.none(), Option.none(),
                Option.none(), List.empty());
    }
}
