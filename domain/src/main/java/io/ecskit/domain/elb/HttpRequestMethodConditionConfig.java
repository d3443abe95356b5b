package io.ecskit.domain.elb;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Information about an HTTP method condition. Source: Elastic Load Balancing v2 API reference (HttpRequestMethodConditionConfig).
 *
 * @param values The name of the request method.
 */
@Value.Builder
public record HttpRequestMethodConditionConfig(
        List<String> values) {

    /** A builder with every optional component absent and every list empty. */
    public static HttpRequestMethodConditionConfigBuilder builder() {
        return new HttpRequestMethodConditionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public HttpRequestMethodConditionConfigBuilder toBuilder() {
        return new HttpRequestMethodConditionConfigBuilder().from(this);
    }
}
