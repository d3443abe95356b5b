package io.ecskit.domain.ecr;

/** What CreateRepository takes. */
public record RepositorySpec(RepositoryName name, TagMutability tagMutability, boolean scanOnPush) {

    public static RepositorySpec named(RepositoryName name) {
        return new RepositorySpec(name, TagMutability.MUTABLE, false);
    }
}
