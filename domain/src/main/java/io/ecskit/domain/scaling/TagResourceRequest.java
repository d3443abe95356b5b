package io.ecskit.domain.scaling;

import io.vavr.collection.Map;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (TagResourceRequest).
 *
 * @param resourceARN Identifies the Application Auto Scaling scalable target that you want to apply tags to. (required)
 * @param tags The tags assigned to the resource. (required)
 */
@Value.Builder
public record TagResourceRequest(
        String resourceARN,
        Map<String, String> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static TagResourceRequestBuilder builder() {
        return new TagResourceRequestBuilder();
    }

    /** A builder holding this record's values. */
    public TagResourceRequestBuilder toBuilder() {
        return new TagResourceRequestBuilder().from(this);
    }
}
