package io.ecskit.domain.ecr;

/** MUTABLE (ECR's default) lets a tag move to a new image; IMMUTABLE refuses with ImageTagAlreadyExistsException. */
public enum TagMutability {
    MUTABLE, IMMUTABLE
}
