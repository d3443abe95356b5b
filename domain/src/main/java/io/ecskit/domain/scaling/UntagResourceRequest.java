package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (UntagResourceRequest).
 *
 * @param resourceARN Identifies the Application Auto Scaling scalable target from which to remove tags. (required)
 * @param tagKeys One or more tag keys. (required)
 */
@Value.Builder
public record UntagResourceRequest(
        String resourceARN,
        List<String> tagKeys) {

    /** A builder with every optional component absent and every list empty. */
    public static UntagResourceRequestBuilder builder() {
        return new UntagResourceRequestBuilder();
    }

    /** A builder holding this record's values. */
    public UntagResourceRequestBuilder toBuilder() {
        return new UntagResourceRequestBuilder().from(this);
    }
}
