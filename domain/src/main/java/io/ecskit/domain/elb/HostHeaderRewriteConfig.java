package io.ecskit.domain.elb;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Information about a host header rewrite transform. Source: Elastic Load Balancing v2 API reference (HostHeaderRewriteConfig).
 *
 * @param rewrites The host header rewrite transform.
 */
@Value.Builder
public record HostHeaderRewriteConfig(
        List<RewriteConfig> rewrites) {

    /** A builder with every optional component absent and every list empty. */
    public static HostHeaderRewriteConfigBuilder builder() {
        return new HostHeaderRewriteConfigBuilder();
    }

    /** A builder holding this record's values. */
    public HostHeaderRewriteConfigBuilder toBuilder() {
        return new HostHeaderRewriteConfigBuilder().from(this);
    }
}
