package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A VPC Lattice target group a service's tasks register with.
 *
 * @param roleArn Infrastructure role ECS uses to register targets (required).
 * @param targetGroupArn ARN of the VPC Lattice target group (required).
 * @param portName Port mapping name of the task definition to register (required).
 * @param advancedConfiguration Blue/green settings for VPC Lattice: alternate target group and listener rules.
 */
@Value.Builder
public record VpcLatticeConfiguration(
        String roleArn,
        String targetGroupArn,
        String portName,
        Option<VpcLatticeAdvancedConfiguration> advancedConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static VpcLatticeConfigurationBuilder builder() {
        return new VpcLatticeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public VpcLatticeConfigurationBuilder toBuilder() {
        return new VpcLatticeConfigurationBuilder().from(this);
    }
}
