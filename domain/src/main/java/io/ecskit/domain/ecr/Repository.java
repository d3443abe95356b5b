package io.ecskit.domain.ecr;

import java.time.Instant;

/**
 * An ECR repository. {@code uri} is {@code <account>.dkr.ecr.<region>.amazonaws.com/<name>};
 * {@code arn} is {@code arn:aws:ecr:<region>:<account>:repository/<name>}.
 */
public record Repository(
        String arn, RepositoryName name, String registryId, String uri,
        TagMutability tagMutability, boolean scanOnPush, Instant createdAt, EncryptionConfiguration encryption) {

    /** A repository encrypted as ECR encrypts by default (AES256). */
    public Repository(String arn, RepositoryName name, String registryId, String uri, TagMutability tagMutability,
                      boolean scanOnPush, Instant createdAt) {
        this(arn, name, registryId, uri, tagMutability, scanOnPush, createdAt, EncryptionConfiguration.AES256);
    }

    /** This repository with other settings (PutImageTagMutability, PutImageScanningConfiguration). */
    public Repository with(TagMutability mutability, boolean scanOnPush) {
        return new Repository(arn, name, registryId, uri, mutability, scanOnPush, createdAt, encryption);
    }
}
