package io.ecskit.domain.elb;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Information about a host header condition. Source: Elastic Load Balancing v2 API reference (HostHeaderConditionConfig).
 *
 * @param values The host names.
 * @param regexValues The regular expressions to compare against the host header.
 */
@Value.Builder
public record HostHeaderConditionConfig(
        List<String> values,
        List<String> regexValues) {

    /** A builder with every optional component absent and every list empty. */
    public static HostHeaderConditionConfigBuilder builder() {
        return new HostHeaderConditionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public HostHeaderConditionConfigBuilder toBuilder() {
        return new HostHeaderConditionConfigBuilder().from(this);
    }
}
