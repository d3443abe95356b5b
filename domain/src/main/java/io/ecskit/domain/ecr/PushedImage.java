package io.ecskit.domain.ecr;

/** The result of a push: the manifest digest and the image's URIs by tag and by digest. */
public record PushedImage(ImageDigest digest, ImageUri byTag, ImageUri byDigest) {
}
