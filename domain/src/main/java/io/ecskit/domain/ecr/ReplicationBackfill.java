package io.ecskit.domain.ecr;

import io.vavr.control.Option;

import java.time.Instant;

/**
 * A replication backfill: a registry's existing images that match its replication configuration, replicated to one
 * destination. PREPARING, then IN_PROGRESS (with progress), then COMPLETE or FAILED; STOPPING and STOPPED when stopped.
 * Source: ECR API reference (StartReplicationBackfill, ReplicationBackfillSummary); ECR user guide, replication backfill.
 *
 * @param replicationBackfillId its id (a UUID)
 * @param destination the Region and registry it replicates to
 * @param status PREPARING, IN_PROGRESS, COMPLETE, FAILED, STOPPING or STOPPED
 * @param failureCode why it failed
 * @param progress how far it got (none while PREPARING)
 * @param startedAt when it started
 * @param endedAt when it reached a terminal status
 */
public record ReplicationBackfill(String replicationBackfillId, ReplicationDestination destination, String status,
                                  Option<String> failureCode, Option<ReplicationBackfillProgress> progress, Instant startedAt,
                                  Option<Instant> endedAt) {
}
