package io.ecskit.domain.ecr;

/** What CreateRepository takes. */
public record RepositorySpec(RepositoryName name, TagMutability tagMutability, boolean scanOnPush, EncryptionConfiguration encryption) {

    /** A repository encrypted as ECR encrypts by default (AES256). */
    public RepositorySpec(RepositoryName name, TagMutability tagMutability, boolean scanOnPush) {
        this(name, tagMutability, scanOnPush, EncryptionConfiguration.AES256);
    }

    /** A repository with ECR's defaults: MUTABLE tags, no scan on push. */
    public static RepositorySpec named(RepositoryName name) {
        return new RepositorySpec(name, TagMutability.MUTABLE, false);
    }
}
