package io.ecskit.domain.ecr;

import org.immutables.value.Value;

/**
 * A repository filter used to determine which repositories have their images automatically signed on push. Source: ECR API reference (SigningRepositoryFilter).
 *
 * @param filter The filter value used to match repository names. (required)
 * @param filterType The type of filter to apply. (required)
 */
@Value.Builder
public record SigningRepositoryFilter(
        String filter,
        SigningRepositoryFilterType filterType) {

    /** A builder with every optional component absent and every list empty. */
    public static SigningRepositoryFilterBuilder builder() {
        return new SigningRepositoryFilterBuilder();
    }

    /** A builder holding this record's values. */
    public SigningRepositoryFilterBuilder toBuilder() {
        return new SigningRepositoryFilterBuilder().from(this);
    }
}
