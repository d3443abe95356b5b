package io.ecskit.domain.ecr;

/** What CreateRepository takes. */
public record RepositorySpec(RepositoryName name, TagMutability tagMutability, boolean scanOnPush) {

    /** A repository with ECR's defaults: MUTABLE tags, no scan on push. */
    public static RepositorySpec named(RepositoryName name) {
        return new RepositorySpec(name, TagMutability.MUTABLE, false);
    }
}
