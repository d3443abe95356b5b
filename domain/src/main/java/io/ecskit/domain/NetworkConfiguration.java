package io.ecskit.domain;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The network configuration of a service or task.
 *
 * @param awsvpcConfiguration Subnets, security groups and public IP of the tasks' network interfaces.
 */
@Value.Builder
public record NetworkConfiguration(
        Option<AwsVpcConfiguration> awsvpcConfiguration) {

    /** A builder with every optional component absent and every list empty. */
    public static NetworkConfigurationBuilder builder() {
        return new NetworkConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public NetworkConfigurationBuilder toBuilder() {
        return new NetworkConfigurationBuilder().from(this);
    }

    /** The awsvpc network configuration. */
    public static NetworkConfiguration awsvpc(AwsVpcConfiguration awsvpc) {
        return new NetworkConfiguration(Option.of(awsvpc));
    }
}
