package io.ecskit.domain.ecr;

import org.immutables.value.Value;

/**
 * The filter settings used with image replication. Source: ECR API reference (RepositoryFilter).
 *
 * @param filter The repository filter details. (required)
 * @param filterType The repository filter type. (required)
 */
@Value.Builder
public record RepositoryFilter(
        String filter,
        RepositoryFilterType filterType) {

    /** A builder with every optional component absent and every list empty. */
    public static RepositoryFilterBuilder builder() {
        return new RepositoryFilterBuilder();
    }

    /** A builder holding this record's values. */
    public RepositoryFilterBuilder toBuilder() {
        return new RepositoryFilterBuilder().from(this);
    }
}
