package io.ecskit.domain.ecr;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The encryption configuration to associate with the repository creation template. Source: ECR API reference (EncryptionConfigurationForRepositoryCreationTemplate).
 *
 * @param encryptionType The encryption type to use. (required)
 * @param kmsKey If you use the KMS encryption type, specify the KMS key to use for encryption.
 */
@Value.Builder
public record EncryptionConfigurationForRepositoryCreationTemplate(
        EncryptionType encryptionType,
        Option<String> kmsKey) {

    /** A builder with every optional component absent and every list empty. */
    public static EncryptionConfigurationForRepositoryCreationTemplateBuilder builder() {
        return new EncryptionConfigurationForRepositoryCreationTemplateBuilder();
    }

    /** A builder holding this record's values. */
    public EncryptionConfigurationForRepositoryCreationTemplateBuilder toBuilder() {
        return new EncryptionConfigurationForRepositoryCreationTemplateBuilder().from(this);
    }
}
