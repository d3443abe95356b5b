package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a source IP condition. Source: Elastic Load Balancing v2 API reference (SourceIpConditionConfig).
 *
 * @param values The source IP addresses, in CIDR format.
 * @param ipAddressType The IP address type for Network Load Balancers.
 */
@Value.Builder
public record SourceIpConditionConfig(
        List<String> values,
        Option<SourceIpAddressTypeEnum> ipAddressType) {

    /** A builder with every optional component absent and every list empty. */
    public static SourceIpConditionConfigBuilder builder() {
        return new SourceIpConditionConfigBuilder();
    }

    /** A builder holding this record's values. */
    public SourceIpConditionConfigBuilder toBuilder() {
        return new SourceIpConditionConfigBuilder().from(this);
    }
}
