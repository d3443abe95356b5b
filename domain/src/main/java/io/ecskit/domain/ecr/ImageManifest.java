package io.ecskit.domain.ecr;

/**
 * An image with its manifest, as BatchGetImage answers it.
 *
 * @param image the image: repository, digest, tags
 * @param manifest the manifest as pushed (JSON text)
 * @param mediaType the manifest's media type, e.g. {@code application/vnd.docker.distribution.manifest.v2+json}
 * @param requestedTag the tag the request named it by, if it named one
 */
public record ImageManifest(Image image, String manifest, String mediaType, io.vavr.control.Option<ImageTag> requestedTag) {
}
