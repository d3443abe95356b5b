package io.ecskit.domain.ecr;

import io.vavr.collection.List;

/**
 * How far a replication backfill got: each image-and-tag is one replication. Source: ECR API reference
 * (ReplicationBackfillProgress).
 *
 * @param totalReplicationCount the replications the backfill makes
 * @param completedReplicationCount those done
 * @param failedReplicationCount those that failed
 * @param failureCodes the distinct failure codes
 */
public record ReplicationBackfillProgress(int totalReplicationCount, int completedReplicationCount, int failedReplicationCount,
                                          List<String> failureCodes) {
}
