package io.ecskit.domain.scaling;

import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (ListTagsForResourceRequest).
 *
 * @param resourceARN Specify the ARN of the scalable target. (required)
 */
@Value.Builder
public record ListTagsForResourceRequest(
        String resourceARN) {

    /** A builder with every optional component absent and every list empty. */
    public static ListTagsForResourceRequestBuilder builder() {
        return new ListTagsForResourceRequestBuilder();
    }

    /** A builder holding this record's values. */
    public ListTagsForResourceRequestBuilder toBuilder() {
        return new ListTagsForResourceRequestBuilder().from(this);
    }
}
