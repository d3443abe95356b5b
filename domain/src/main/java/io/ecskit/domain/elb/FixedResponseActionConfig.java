package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about an action that returns a custom HTTP response. Source: Elastic Load Balancing v2 API reference (FixedResponseActionConfig).
 *
 * @param messageBody The message.
 * @param statusCode The HTTP response code (2XX, 4XX, or 5XX). (required)
 * @param contentType The content type.
 */
@Value.Builder
public record FixedResponseActionConfig(
        Option<String> messageBody,
        String statusCode,
        Option<String> contentType) {

    /** A builder with every optional component absent and every list empty. */
    public static FixedResponseActionConfigBuilder builder() {
        return new FixedResponseActionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public FixedResponseActionConfigBuilder toBuilder() {
        return new FixedResponseActionConfigBuilder().from(this);
    }
}
