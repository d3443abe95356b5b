package io.ecskit.domain.ecr;

/**
 * A digest BatchCheckLayerAvailability could not answer for, as ECR words it.
 *
 * @param layerDigest the digest as given
 * @param failureCode {@code InvalidLayerDigest} or {@code MissingLayerDigest} (ECR's LayerFailureCode)
 * @param failureReason ECR's words
 */
public record LayerFailure(String layerDigest, String failureCode, String failureReason) {

    /** ECR's failure for a digest no layer of the repository has. */
    public static LayerFailure missing(String digest) {
        return new LayerFailure(digest, "MissingLayerDigest", "Could not find layer");
    }

    /** ECR's failure for text that is not a digest. */
    public static LayerFailure invalid(String digest) {
        return new LayerFailure(digest, "InvalidLayerDigest", "Invalid layer digest");
    }
}
