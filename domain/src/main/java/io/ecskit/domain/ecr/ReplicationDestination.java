package io.ecskit.domain.ecr;

import org.immutables.value.Value;

/**
 * An array of objects representing the destination for a replication rule. Source: ECR API reference (ReplicationDestination).
 *
 * @param region The Region to replicate to. (required)
 * @param registryId The Amazon Web Services account ID of the Amazon ECR private registry to replicate to. (required)
 */
@Value.Builder
public record ReplicationDestination(
        String region,
        String registryId) {

    /** A builder with every optional component absent and every list empty. */
    public static ReplicationDestinationBuilder builder() {
        return new ReplicationDestinationBuilder();
    }

    /** A builder holding this record's values. */
    public ReplicationDestinationBuilder toBuilder() {
        return new ReplicationDestinationBuilder().from(this);
    }
}
