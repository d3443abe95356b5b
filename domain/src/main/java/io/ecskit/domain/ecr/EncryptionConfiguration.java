package io.ecskit.domain.ecr;

import io.vavr.control.Option;

/**
 * How ECR encrypts a repository's images at rest (CreateRepository's {@code encryptionConfiguration}, fixed once created).
 *
 * @param encryptionType {@code AES256} (ECR's default: S3-managed keys), {@code KMS} or {@code KMS_DSSE}
 * @param kmsKey the KMS key (ARN, id or alias) for the KMS types; none: the AWS-managed key {@code aws/ecr}
 */
public record EncryptionConfiguration(String encryptionType, Option<String> kmsKey) {

    /** ECR's default: AES256, no key. */
    public static final EncryptionConfiguration AES256 = new EncryptionConfiguration("AES256", Option.none());
}
