package io.ecskit.domain.ecr;

/**
 * Whether a pushed tag may move to another image. MUTABLE (ECR's default) lets it move; IMMUTABLE refuses with
 * ImageTagAlreadyExistsException; the two {@code _WITH_EXCLUSION} settings do the same except for the tags matching the
 * repository's exclusion filters (1..5 WILDCARD patterns), which behave the other way.
 */
public enum TagMutability {
    /** A push may move an existing tag to another image (ECR's default). */
    MUTABLE,
    /** A tag, once pushed, keeps its image: PutImage of another image with that tag is ImageTagAlreadyExistsException. */
    IMMUTABLE,
    /** Tags are immutable, except those matching an exclusion filter (e.g. {@code latest}), which may move. */
    IMMUTABLE_WITH_EXCLUSION,
    /** Tags may move, except those matching an exclusion filter (e.g. {@code release-*}), which keep their image. */
    MUTABLE_WITH_EXCLUSION;

    /** Whether this setting takes exclusion filters (and needs at least one). */
    public boolean withExclusions() {
        return this == IMMUTABLE_WITH_EXCLUSION || this == MUTABLE_WITH_EXCLUSION;
    }
}
