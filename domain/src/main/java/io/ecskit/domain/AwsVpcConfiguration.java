package io.ecskit.domain;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The awsvpc network of a service's or task's interfaces.
 *
 * @param subnets Subnet IDs, 1..16, all in one VPC (required).
 * @param securityGroups Security group IDs, at most 5; the VPC's default group when absent.
 * @param assignPublicIp Whether the tasks' interfaces get a public IP: ENABLED or DISABLED (the default).
 */
@Value.Builder
public record AwsVpcConfiguration(
        List<String> subnets,
        List<String> securityGroups,
        Option<AssignPublicIp> assignPublicIp) {

    /** A builder with every optional component absent and every list empty. */
    public static AwsVpcConfigurationBuilder builder() {
        return new AwsVpcConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public AwsVpcConfigurationBuilder toBuilder() {
        return new AwsVpcConfigurationBuilder().from(this);
    }

    /** Subnets, security groups and public IP. */
    public static AwsVpcConfiguration of(Iterable<String> subnets, Iterable<String> securityGroups, AssignPublicIp assignPublicIp) {
        return new AwsVpcConfiguration(List.ofAll(subnets), List.ofAll(securityGroups), Option.of(assignPublicIp));
    }
}
