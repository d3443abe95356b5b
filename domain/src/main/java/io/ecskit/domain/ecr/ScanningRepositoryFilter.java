package io.ecskit.domain.ecr;

import org.immutables.value.Value;

/**
 * The details of a scanning repository filter. Source: ECR API reference (ScanningRepositoryFilter).
 *
 * @param filter The filter to use when scanning. (required)
 * @param filterType The type associated with the filter. (required)
 */
@Value.Builder
public record ScanningRepositoryFilter(
        String filter,
        ScanningRepositoryFilterType filterType) {

    /** A builder with every optional component absent and every list empty. */
    public static ScanningRepositoryFilterBuilder builder() {
        return new ScanningRepositoryFilterBuilder();
    }

    /** A builder holding this record's values. */
    public ScanningRepositoryFilterBuilder toBuilder() {
        return new ScanningRepositoryFilterBuilder().from(this);
    }
}
