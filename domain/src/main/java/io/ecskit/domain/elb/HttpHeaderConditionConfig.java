package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about an HTTP header condition. Source: Elastic Load Balancing v2 API reference (HttpHeaderConditionConfig).
 *
 * @param httpHeaderName The name of the HTTP header field.
 * @param values The strings to compare against the value of the HTTP header.
 * @param regexValues The regular expression to compare against the HTTP header.
 */
@Value.Builder
public record HttpHeaderConditionConfig(
        Option<String> httpHeaderName,
        List<String> values,
        List<String> regexValues) {

    /** A builder with every optional component absent and every list empty. */
    public static HttpHeaderConditionConfigBuilder builder() {
        return new HttpHeaderConditionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public HttpHeaderConditionConfigBuilder toBuilder() {
        return new HttpHeaderConditionConfigBuilder().from(this);
    }
}
