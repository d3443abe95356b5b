package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What a replication backfill did with one image. Source: ECR API reference (ReplicationBackfillResult).
 *
 * @param repositoryName the image's repository
 * @param imageId the image
 * @param status COMPLETE or FAILED
 * @param failureCode why it failed
 * @param subImageFailureCodes an image index's failed images' codes
 */
public record ReplicationBackfillResult(RepositoryName repositoryName, ImageIdentifier imageId, String status, Option<String> failureCode,
                                        List<String> subImageFailureCodes) {
}
