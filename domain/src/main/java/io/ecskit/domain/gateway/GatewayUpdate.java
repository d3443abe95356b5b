package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What UpdateGateway changes: the infrastructure role, deletion protection, tag propagation and the updatable part of the configuration. Source: ECS API reference (UpdateGateway).
 *
 * @param gateway The name or Amazon Resource Name (ARN) of the gateway to update. (required)
 * @param infrastructureRoleArn The Amazon Resource Name (ARN) of the IAM role that the gateway assumes to manage infrastructure on your behalf.
 * @param deletionProtection Specifies whether to enable deletion protection for the gateway.
 * @param configuration The updated type-specific configuration for the gateway.
 * @param propagateTags Specifies whether to propagate the tags from the gateway to the infrastructure that the gateway manages.
 */
@Value.Builder
public record GatewayUpdate(
        String gateway,
        Option<String> infrastructureRoleArn,
        Option<Boolean> deletionProtection,
        Option<UpdateGatewayConfiguration> configuration,
        Option<PropagateGatewayTags> propagateTags) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayUpdateBuilder builder() {
        return new GatewayUpdateBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayUpdateBuilder toBuilder() {
        return new GatewayUpdateBuilder().from(this);
    }
}
