package io.ecskit.domain.scaling;

import io.vavr.collection.Map;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (ListTagsForResourceResponse).
 *
 * @param tags A list of tags.
 */
@Value.Builder
public record ListTagsForResourceResponse(
        Map<String, String> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static ListTagsForResourceResponseBuilder builder() {
        return new ListTagsForResourceResponseBuilder();
    }

    /** A builder holding this record's values. */
    public ListTagsForResourceResponseBuilder toBuilder() {
        return new ListTagsForResourceResponseBuilder().from(this);
    }
}
