package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a redirect action. Source: Elastic Load Balancing v2 API reference (RedirectActionConfig).
 *
 * @param protocol The protocol.
 * @param port The port.
 * @param host The hostname.
 * @param path The absolute path, starting with the leading "/".
 * @param query The query parameters, URL-encoded when necessary, but not percent-encoded.
 * @param statusCode The HTTP redirect code. (required)
 */
@Value.Builder
public record RedirectActionConfig(
        Option<String> protocol,
        Option<String> port,
        Option<String> host,
        Option<String> path,
        Option<String> query,
        RedirectActionStatusCodeEnum statusCode) {

    /** A builder with every optional component absent and every list empty. */
    public static RedirectActionConfigBuilder builder() {
        return new RedirectActionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public RedirectActionConfigBuilder toBuilder() {
        return new RedirectActionConfigBuilder().from(this);
    }
}
