package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a load balancer attribute. Source: Elastic Load Balancing v2 API reference (LoadBalancerAttribute).
 *
 * @param key The name of the attribute.
 * @param value The value of the attribute.
 */
@Value.Builder
public record LoadBalancerAttribute(
        Option<String> key,
        Option<String> value) {

    /** A builder with every optional component absent and every list empty. */
    public static LoadBalancerAttributeBuilder builder() {
        return new LoadBalancerAttributeBuilder();
    }

    /** A builder holding this record's values. */
    public LoadBalancerAttributeBuilder toBuilder() {
        return new LoadBalancerAttributeBuilder().from(this);
    }
}
