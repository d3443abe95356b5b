package io.ecskit.domain.express;

import io.ecskit.domain.service.AccessType;
import org.immutables.value.Value;

/**
 * The entry point into an Express service. Source: ECS API reference (IngressPathSummary).
 *
 * @param accessType The type of access to the endpoint for the Express service. (required)
 * @param endpoint The endpoint for access to the service. (required)
 */
@Value.Builder
public record IngressPathSummary(
        AccessType accessType,
        String endpoint) {

    /** A builder with every optional component absent and every list empty. */
    public static IngressPathSummaryBuilder builder() {
        return new IngressPathSummaryBuilder();
    }

    /** A builder holding this record's values. */
    public IngressPathSummaryBuilder toBuilder() {
        return new IngressPathSummaryBuilder().from(this);
    }
}
