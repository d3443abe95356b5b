package io.ecskit.domain.ecr;

import io.vavr.collection.Seq;

/**
 * What BatchGetImage found: the images with their manifests, and for the identifiers it did not find, why.
 *
 * @param images the images found, in the order asked for
 * @param failures the identifiers naming no image
 */
public record ImageBatch(Seq<ImageManifest> images, Seq<ImageFailure> failures) {
}
