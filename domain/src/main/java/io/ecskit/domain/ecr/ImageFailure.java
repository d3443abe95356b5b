package io.ecskit.domain.ecr;

/**
 * An image an ECR batch call could not act on, as ECR answers it.
 *
 * @param imageId the identifier as given
 * @param failureCode ECR's code, e.g. ImageNotFound
 * @param failureReason ECR's words, e.g. "Requested image not found"
 */
public record ImageFailure(ImageIdentifier imageId, String failureCode, String failureReason) {

    /** ECR's failure for an identifier naming no image of the repository. */
    public static ImageFailure notFound(ImageIdentifier id) {
        return new ImageFailure(id, "ImageNotFound", "Requested image not found");
    }
}
