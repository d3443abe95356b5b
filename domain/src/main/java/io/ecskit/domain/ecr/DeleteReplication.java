package io.ecskit.domain.ecr;

import org.immutables.value.Value;

/**
 * The delete replication configuration for a replication rule. Source: ECR API reference (DeleteReplication).
 *
 * @param enabled Specifies whether delete replication is enabled. (required)
 */
@Value.Builder
public record DeleteReplication(
        Boolean enabled) {

    /** A builder with every optional component absent and every list empty. */
    public static DeleteReplicationBuilder builder() {
        return new DeleteReplicationBuilder();
    }

    /** A builder holding this record's values. */
    public DeleteReplicationBuilder toBuilder() {
        return new DeleteReplicationBuilder().from(this);
    }
}
