package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a transform to apply to requests that match a rule. Source: Elastic Load Balancing v2 API reference (RuleTransform).
 *
 * @param type The type of transform. (required)
 * @param hostHeaderRewriteConfig Information about a host header rewrite transform.
 * @param urlRewriteConfig Information about a URL rewrite transform.
 */
@Value.Builder
public record RuleTransform(
        TransformTypeEnum type,
        Option<HostHeaderRewriteConfig> hostHeaderRewriteConfig,
        Option<UrlRewriteConfig> urlRewriteConfig) {

    /** A builder with every optional component absent and every list empty. */
    public static RuleTransformBuilder builder() {
        return new RuleTransformBuilder();
    }

    /** A builder holding this record's values. */
    public RuleTransformBuilder toBuilder() {
        return new RuleTransformBuilder().from(this);
    }
}
