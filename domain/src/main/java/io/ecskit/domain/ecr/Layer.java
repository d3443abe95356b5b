package io.ecskit.domain.ecr;

import io.vavr.control.Option;

/**
 * A layer (or config blob) of a repository as BatchCheckLayerAvailability answers it.
 *
 * @param digest the layer's {@code sha256:} digest
 * @param availability {@code AVAILABLE}, {@code UNAVAILABLE} or {@code ARCHIVED} (ECR's LayerAvailability)
 * @param size the layer's size in bytes
 * @param mediaType the media type a manifest of the repository gives it, when one references it
 */
public record Layer(ImageDigest digest, String availability, long size, Option<String> mediaType) {
}
