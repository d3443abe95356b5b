package io.ecskit.domain.ecr;

/**
 * An image layer upload ECR opened (InitiateLayerUpload): parts are sent to it with UploadLayerPart, in order,
 * then CompleteLayerUpload names the layer's digest.
 *
 * @param uploadId ECR's id of the upload
 * @param partSize the part size ECR asks for, in bytes (10,485,760 in the AWS CLI's recorded answer)
 */
public record LayerUpload(String uploadId, long partSize) {
}
