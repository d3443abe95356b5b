package io.ecskit.domain.ecr;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An object representing an artifact associated with a subject image. Source: ECR API reference (ImageReferrer).
 *
 * @param digest The digest of the artifact manifest. (required)
 * @param mediaType The media type of the artifact manifest. (required)
 * @param artifactType A string identifying the type of artifact.
 * @param size The size, in bytes, of the artifact. (required)
 * @param annotations A map of annotations associated with the artifact.
 * @param artifactStatus The status of the artifact.
 */
@Value.Builder
public record ImageReferrer(
        String digest,
        String mediaType,
        Option<String> artifactType,
        Long size,
        Map<String, String> annotations,
        Option<ArtifactStatus> artifactStatus) {

    /** A builder with every optional component absent and every list empty. */
    public static ImageReferrerBuilder builder() {
        return new ImageReferrerBuilder();
    }

    /** A builder holding this record's values. */
    public ImageReferrerBuilder toBuilder() {
        return new ImageReferrerBuilder().from(this);
    }
}
