package io.ecskit.domain.ecr;

import org.immutables.value.Value;

/**
 * A filter that specifies which image tags should be excluded from the repository's image tag mutability setting. Source: ECR API reference (ImageTagMutabilityExclusionFilter).
 *
 * @param filterType The type of filter to apply for excluding image tags from mutability settings. (required)
 * @param filter The filter value used to match image tags for exclusion from mutability settings. (required)
 */
@Value.Builder
public record ImageTagMutabilityExclusionFilter(
        ImageTagMutabilityExclusionFilterType filterType,
        String filter) {

    /** A builder with every optional component absent and every list empty. */
    public static ImageTagMutabilityExclusionFilterBuilder builder() {
        return new ImageTagMutabilityExclusionFilterBuilder();
    }

    /** A builder holding this record's values. */
    public ImageTagMutabilityExclusionFilterBuilder toBuilder() {
        return new ImageTagMutabilityExclusionFilterBuilder().from(this);
    }
}
