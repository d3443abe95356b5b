package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** How a repository made from a template is encrypted: AES256, KMS or KMS_DSSE. Source: ECR API reference (EncryptionType). */
public enum EncryptionType implements WireValue {
    /** {@code AES256}. */
    AES256("AES256"),
    /** {@code KMS}. */
    KMS("KMS"),
    /** {@code KMS_DSSE}. */
    KMS_DSSE("KMS_DSSE");

    private final String wire;

    EncryptionType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
