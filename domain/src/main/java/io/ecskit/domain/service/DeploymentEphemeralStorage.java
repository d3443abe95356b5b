package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Encryption of Fargate ephemeral storage for a deployment.
 *
 * @param kmsKeyId KMS key ID encrypting Fargate ephemeral storage.
 */
@Value.Builder
public record DeploymentEphemeralStorage(
        Option<String> kmsKeyId) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentEphemeralStorageBuilder builder() {
        return new DeploymentEphemeralStorageBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentEphemeralStorageBuilder toBuilder() {
        return new DeploymentEphemeralStorageBuilder().from(this);
    }
}
