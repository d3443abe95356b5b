package io.ecskit.domain.ecr;

import io.vavr.control.Option;

/**
 * An image as ECR's calls name one (ImageIdentifier): by digest, by tag, or both.
 *
 * @param imageDigest the manifest's digest, {@code sha256:...}
 * @param imageTag one of its tags
 */
public record ImageIdentifier(Option<ImageDigest> imageDigest, Option<ImageTag> imageTag) {

    /** @throws IllegalArgumentException when it names neither a digest nor a tag */
    public ImageIdentifier {
        if (imageDigest.isEmpty() && imageTag.isEmpty()) {
            throw new IllegalArgumentException("an image identifier names a digest, a tag, or both");
        }
    }

    /** The image with this tag. */
    public static ImageIdentifier tag(ImageTag tag) {
        return new ImageIdentifier(Option.none(), Option.of(tag));
    }

    /** The image with this digest. */
    public static ImageIdentifier digest(ImageDigest digest) {
        return new ImageIdentifier(Option.of(digest), Option.none());
    }

    /** The identifier as ECR's messages print it: {@code 'imageDigest=sha256:..., imageTag=v1'} (the members given). */
    public String describe() {
        return io.vavr.collection.List.of(imageDigest.map(d -> "imageDigest=" + d.value()), imageTag.map(t -> "imageTag=" + t.value()))
                .flatMap(o -> o).mkString("'", ", ", "'");
    }
}
