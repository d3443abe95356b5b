package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/** An image in a repository: one manifest digest and the tags that point at it. */
public record Image(
        RepositoryName repository, ImageDigest digest, List<ImageTag> tags, long sizeInBytes,
        Instant pushedAt, Option<String> manifestMediaType) {

    public Image {
        tags = tags == null ? List.empty() : tags;
        manifestMediaType = manifestMediaType == null ? Option.none() : manifestMediaType;
    }
}
