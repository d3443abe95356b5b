package io.ecskit.domain.elb;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Information about a URL rewrite transform. Source: Elastic Load Balancing v2 API reference (UrlRewriteConfig).
 *
 * @param rewrites The URL rewrite transform to apply to the request.
 */
@Value.Builder
public record UrlRewriteConfig(
        List<RewriteConfig> rewrites) {

    /** A builder with every optional component absent and every list empty. */
    public static UrlRewriteConfigBuilder builder() {
        return new UrlRewriteConfigBuilder();
    }

    /** A builder holding this record's values. */
    public UrlRewriteConfigBuilder toBuilder() {
        return new UrlRewriteConfigBuilder().from(this);
    }
}
