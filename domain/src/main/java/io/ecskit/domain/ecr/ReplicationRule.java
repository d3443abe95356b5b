package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An array of objects representing the replication destinations and repository filters for a replication configuration. Source: ECR API reference (ReplicationRule).
 *
 * @param destinations An array of objects representing the destination for a replication rule. (required)
 * @param repositoryFilters An array of objects representing the filters for a replication rule.
 * @param deleteReplication The delete replication settings for the replication rule.
 */
@Value.Builder
public record ReplicationRule(
        List<ReplicationDestination> destinations,
        List<RepositoryFilter> repositoryFilters,
        Option<DeleteReplication> deleteReplication) {

    /** A builder with every optional component absent and every list empty. */
    public static ReplicationRuleBuilder builder() {
        return new ReplicationRuleBuilder();
    }

    /** A builder holding this record's values. */
    public ReplicationRuleBuilder toBuilder() {
        return new ReplicationRuleBuilder().from(this);
    }
}
