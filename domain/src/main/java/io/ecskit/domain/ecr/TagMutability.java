package io.ecskit.domain.ecr;

/** MUTABLE (ECR's default) lets a tag move to a new image; IMMUTABLE refuses with ImageTagAlreadyExistsException. */
public enum TagMutability {
    /** A push may move an existing tag to another image (ECR's default). */
    MUTABLE,
    /** A tag, once pushed, keeps its image: PutImage of another image with that tag is ImageTagAlreadyExistsException. */
    IMMUTABLE
}
