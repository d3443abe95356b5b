package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A container of a service revision with the image it was given and the digest ECS resolved it to when the revision was created.
 *
 * @param containerName The container definition's name.
 * @param imageDigest The digest the image resolved to (sha256:...): every task of the revision runs exactly this.
 * @param image The image as the task definition names it.
 */
@Value.Builder
public record ContainerImage(
        Option<String> containerName,
        Option<String> imageDigest,
        Option<String> image) {

    /** A null optional component becomes absent ({@code Option.none()}), as the builder leaves unset ones. */
    public ContainerImage {
        containerName = containerName == null ? Option.none() : containerName;
        imageDigest = imageDigest == null ? Option.none() : imageDigest;
        image = image == null ? Option.none() : image;
    }

    /** A builder with every optional component absent and every list empty. */
    public static ContainerImageBuilder builder() {
        return new ContainerImageBuilder();
    }

    /** A builder holding this record's values. */
    public ContainerImageBuilder toBuilder() {
        return new ContainerImageBuilder().from(this);
    }
}
