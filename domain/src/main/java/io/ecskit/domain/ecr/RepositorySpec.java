package io.ecskit.domain.ecr;

/** What CreateRepository takes. */
public record RepositorySpec(RepositoryName name, TagMutability tagMutability, boolean scanOnPush, EncryptionConfiguration encryption,
                             io.vavr.collection.List<String> tagMutabilityExclusionFilters) {

    /** What CreateRepository takes; null exclusion filters become none. */
    public RepositorySpec {
        tagMutabilityExclusionFilters = tagMutabilityExclusionFilters == null ? io.vavr.collection.List.empty() : tagMutabilityExclusionFilters;
    }

    /** A repository encrypted as ECR encrypts by default (AES256), without exclusion filters. */
    public RepositorySpec(RepositoryName name, TagMutability tagMutability, boolean scanOnPush) {
        this(name, tagMutability, scanOnPush, EncryptionConfiguration.AES256, io.vavr.collection.List.empty());
    }

    /** A repository without exclusion filters. */
    public RepositorySpec(RepositoryName name, TagMutability tagMutability, boolean scanOnPush, EncryptionConfiguration encryption) {
        this(name, tagMutability, scanOnPush, encryption, io.vavr.collection.List.empty());
    }

    /** A repository with ECR's defaults: MUTABLE tags, no scan on push. */
    public static RepositorySpec named(RepositoryName name) {
        return new RepositorySpec(name, TagMutability.MUTABLE, false);
    }
}
