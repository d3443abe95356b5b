package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Blue/green settings for VPC Lattice.
 *
 * @param alternateTargetGroupArn Target group for the new revision during blue/green.
 * @param productionListenerRule ARN of the production listener rule.
 * @param testListenerRule ARN of the test listener rule.
 */
@Value.Builder
public record VpcLatticeAdvancedConfiguration(
        Option<String> alternateTargetGroupArn,
        Option<String> productionListenerRule,
        Option<String> testListenerRule) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcLatticeAdvancedConfigurationBuilder builder() {
        return new VpcLatticeAdvancedConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public VpcLatticeAdvancedConfigurationBuilder toBuilder() {
        return new VpcLatticeAdvancedConfigurationBuilder().from(this);
    }
}
