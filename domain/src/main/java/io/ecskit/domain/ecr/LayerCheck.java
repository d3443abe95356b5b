package io.ecskit.domain.ecr;

import io.vavr.collection.Seq;

/**
 * What BatchCheckLayerAvailability answers: the layers found and, for the digests it could not answer for, why.
 *
 * @param layers the layers of the repository among those asked for
 * @param failures the digests that name no layer (or are not digests)
 */
public record LayerCheck(Seq<Layer> layers, Seq<LayerFailure> failures) {
}
