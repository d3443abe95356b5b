package io.ecskit.domain.elb;

import org.immutables.value.Value;

/**
 * Information about a rewrite transform. Source: Elastic Load Balancing v2 API reference (RewriteConfig).
 *
 * @param regex The regular expression to match in the input string. (required)
 * @param replace The replacement string to use when rewriting the matched input. (required)
 */
@Value.Builder
public record RewriteConfig(
        String regex,
        String replace) {

    /** A builder with every optional component absent and every list empty. */
    public static RewriteConfigBuilder builder() {
        return new RewriteConfigBuilder();
    }

    /** A builder holding this record's values. */
    public RewriteConfigBuilder toBuilder() {
        return new RewriteConfigBuilder().from(this);
    }
}
