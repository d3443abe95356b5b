package io.ecskit.domain.ecr;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * An image reference: {@code <registry>/<repository>:<tag>} or {@code ...@sha256:<digest>};
 * for ECR the registry is {@code <account>.dkr.ecr.<region>.amazonaws.com}.
 */
public record ImageUri(String registry, String repository, Either<ImageDigest, ImageTag> reference) {

    /**
     * {@code <registry>/<repository>:<tag>}: whatever image the tag points at when the task pulls (see
     * {@code versionConsistency}).
     */
    public static ImageUri tagged(String registry, String repository, ImageTag tag) {
        return new ImageUri(registry, repository, Either.right(tag));
    }

    /** {@code <registry>/<repository>@sha256:<digest>}: exactly one image, whatever its tags do. */
    public static ImageUri pinned(String registry, String repository, ImageDigest digest) {
        return new ImageUri(registry, repository, Either.left(digest));
    }

    /** The ECR registry host of an account in a region: {@code <account>.dkr.ecr.<region>.amazonaws.com}. */
    public static String ecrRegistry(String accountId, String region) {
        return accountId + ".dkr.ecr." + region + ".amazonaws.com";
    }

    /** The tag, none when the reference is a digest. */
    public Option<ImageTag> tag() {
        return reference.toOption();
    }

    /** The digest, none when the reference is a tag. */
    public Option<ImageDigest> digest() {
        return reference.swap().toOption();
    }

    @Override
    public String toString() {
        return registry + "/" + repository + reference.fold(d -> "@" + d.value(), t -> ":" + t.value());
    }
}
