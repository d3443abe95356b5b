package io.ecskit.domain.ecr;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * An image reference: {@code <registry>/<repository>:<tag>} or {@code ...@sha256:<digest>};
 * for ECR the registry is {@code <account>.dkr.ecr.<region>.amazonaws.com}.
 */
public record ImageUri(String registry, String repository, Either<ImageDigest, ImageTag> reference) {

    public static ImageUri tagged(String registry, String repository, ImageTag tag) {
        return new ImageUri(registry, repository, Either.right(tag));
    }

    public static ImageUri pinned(String registry, String repository, ImageDigest digest) {
        return new ImageUri(registry, repository, Either.left(digest));
    }

    public static String ecrRegistry(String accountId, String region) {
        return accountId + ".dkr.ecr." + region + ".amazonaws.com";
    }

    public Option<ImageTag> tag() {
        return reference.toOption();
    }

    public Option<ImageDigest> digest() {
        return reference.swap().toOption();
    }

    @Override
    public String toString() {
        return registry + "/" + repository + reference.fold(d -> "@" + d.value(), t -> ":" + t.value());
    }
}
