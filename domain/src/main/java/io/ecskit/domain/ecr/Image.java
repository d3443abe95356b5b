package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/** An image in a repository: one manifest digest and the tags that point at it. */
public record Image(
        RepositoryName repository, ImageDigest digest, List<ImageTag> tags, long sizeInBytes,
        Instant pushedAt, Option<String> manifestMediaType) {

    /**
     * An image from its components; null {@code tags} become an empty list and a null {@code manifestMediaType} absent, the
     * rest is kept as given (not checked).
     */
    public Image {
        tags = tags == null ? List.empty() : tags;
        manifestMediaType = manifestMediaType == null ? Option.none() : manifestMediaType;
    }
}
