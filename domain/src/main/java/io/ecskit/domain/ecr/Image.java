package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import io.vavr.control.Option;

import java.time.Instant;

/**
 * An image in a repository: one manifest digest and the tags that point at it, and its storage status (ACTIVE, or
 * ARCHIVED / ACTIVATING in ECR's archive storage class) with when it was last archived and last made active again.
 */
public record Image(
        RepositoryName repository, ImageDigest digest, List<ImageTag> tags, long sizeInBytes,
        Instant pushedAt, Option<String> manifestMediaType, ImageStatus status, Option<Instant> lastArchivedAt,
        Option<Instant> lastActivatedAt) {

    /**
     * An image from its components; null {@code tags} become an empty list, a null {@code manifestMediaType} or time
     * absent, a null status ACTIVE; the rest is kept as given (not checked).
     */
    public Image {
        tags = tags == null ? List.empty() : tags;
        manifestMediaType = manifestMediaType == null ? Option.none() : manifestMediaType;
        status = status == null ? ImageStatus.ACTIVE : status;
        lastArchivedAt = lastArchivedAt == null ? Option.none() : lastArchivedAt;
        lastActivatedAt = lastActivatedAt == null ? Option.none() : lastActivatedAt;
    }

    /** An ACTIVE image (never archived). */
    public Image(RepositoryName repository, ImageDigest digest, List<ImageTag> tags, long sizeInBytes, Instant pushedAt,
                 Option<String> manifestMediaType) {
        this(repository, digest, tags, sizeInBytes, pushedAt, manifestMediaType, ImageStatus.ACTIVE, Option.none(), Option.none());
    }

    /** This image with {@code tags} instead of its own (its status kept). */
    public Image withTags(List<ImageTag> tags) {
        return new Image(repository, digest, tags, sizeInBytes, pushedAt, manifestMediaType, status, lastArchivedAt, lastActivatedAt);
    }

    /** This image in the archive storage class since {@code at}. */
    public Image archived(Instant at) {
        return new Image(repository, digest, tags, sizeInBytes, pushedAt, manifestMediaType, ImageStatus.ARCHIVED, Option.of(at), lastActivatedAt);
    }

    /** This image being restored from the archive. */
    public Image activating() {
        return new Image(repository, digest, tags, sizeInBytes, pushedAt, manifestMediaType, ImageStatus.ACTIVATING, lastArchivedAt, lastActivatedAt);
    }

    /** This image active again since {@code at}. */
    public Image activated(Instant at) {
        return new Image(repository, digest, tags, sizeInBytes, pushedAt, manifestMediaType, ImageStatus.ACTIVE, lastArchivedAt, Option.of(at));
    }

    /** Whether ECR's {@code imageStatus} filter lists it: ACTIVE, ARCHIVED, ACTIVATING or ANY; ACTIVE when none is given. */
    public boolean listedBy(Option<String> imageStatus) {
        String wanted = imageStatus.getOrElse("ACTIVE");
        return wanted.equals("ANY") || status.wire().equals(wanted);
    }

    /** Whether it can be pulled (ACTIVE: an archived or activating image cannot). */
    public boolean pullable() {
        return status == ImageStatus.ACTIVE;
    }
}
