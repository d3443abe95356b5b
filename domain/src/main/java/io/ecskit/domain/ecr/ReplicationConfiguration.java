package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The replication configuration for a registry. Source: ECR API reference (ReplicationConfiguration).
 *
 * @param rules An array of objects representing the replication destinations and repository filters for a replication configuration. (required)
 */
@Value.Builder
public record ReplicationConfiguration(
        List<ReplicationRule> rules) {

    /** A builder with every optional component absent and every list empty. */
    public static ReplicationConfigurationBuilder builder() {
        return new ReplicationConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ReplicationConfigurationBuilder toBuilder() {
        return new ReplicationConfigurationBuilder().from(this);
    }
}
