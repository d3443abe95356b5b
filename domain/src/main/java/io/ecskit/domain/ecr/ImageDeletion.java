package io.ecskit.domain.ecr;

import io.vavr.collection.Seq;

/**
 * What BatchDeleteImage did: the identifiers it deleted (a tag removed, or an image with its digest), and for the rest
 * why not.
 *
 * @param deleted every tag removed and every image deleted, as ECR lists them
 * @param failures the identifiers it could not delete, with ECR's failure code (e.g. ImageNotFound) and reason
 */
public record ImageDeletion(Seq<ImageIdentifier> deleted, Seq<ImageFailure> failures) {
}
