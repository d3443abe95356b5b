package io.ecskit.domain.ecr;

import java.time.Instant;

/**
 * An ECR repository. {@code uri} is {@code <account>.dkr.ecr.<region>.amazonaws.com/<name>};
 * {@code arn} is {@code arn:aws:ecr:<region>:<account>:repository/<name>}.
 */
public record Repository(
        String arn, RepositoryName name, String registryId, String uri,
        TagMutability tagMutability, boolean scanOnPush, Instant createdAt, EncryptionConfiguration encryption,
        io.vavr.collection.List<String> tagMutabilityExclusionFilters) {

    /** A repository from its components; null exclusion filters become none. */
    public Repository {
        tagMutabilityExclusionFilters = tagMutabilityExclusionFilters == null ? io.vavr.collection.List.empty() : tagMutabilityExclusionFilters;
    }

    /** A repository encrypted as ECR encrypts by default (AES256), without exclusion filters. */
    public Repository(String arn, RepositoryName name, String registryId, String uri, TagMutability tagMutability,
                      boolean scanOnPush, Instant createdAt) {
        this(arn, name, registryId, uri, tagMutability, scanOnPush, createdAt, EncryptionConfiguration.AES256, io.vavr.collection.List.empty());
    }

    /** A repository without exclusion filters. */
    public Repository(String arn, RepositoryName name, String registryId, String uri, TagMutability tagMutability,
                      boolean scanOnPush, Instant createdAt, EncryptionConfiguration encryption) {
        this(arn, name, registryId, uri, tagMutability, scanOnPush, createdAt, encryption, io.vavr.collection.List.empty());
    }

    /** This repository with other settings (PutImageTagMutability, PutImageScanningConfiguration). */
    public Repository with(TagMutability mutability, io.vavr.collection.List<String> exclusionFilters, boolean scanOnPush) {
        return new Repository(arn, name, registryId, uri, mutability, scanOnPush, createdAt, encryption, exclusionFilters);
    }

    /** Whether {@code tag}, once pushed, keeps its image (ImageTagAlreadyExistsException for a push moving it). */
    public boolean tagImmutable(ImageTag tag) {
        boolean excluded = tagMutabilityExclusionFilters.exists(f -> io.ecskit.domain.Wildcards.matches(f, tag.value()));
        return switch (tagMutability) {
            case MUTABLE -> false;
            case IMMUTABLE -> true;
            case IMMUTABLE_WITH_EXCLUSION -> !excluded;
            case MUTABLE_WITH_EXCLUSION -> excluded;
        };
    }
}
