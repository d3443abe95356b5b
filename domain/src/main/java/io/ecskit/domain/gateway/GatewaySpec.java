package io.ecskit.domain.gateway;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A gateway as CreateGateway takes it: the ingress (a shared Application Load Balancer configuration) that services of associated clusters reach the internet or the VPC through, with gateway connectors. Source: ECS API reference (CreateGateway).
 *
 * @param name The name for the gateway. (required)
 * @param infrastructureRoleArn The Amazon Resource Name (ARN) of the IAM role that the gateway assumes to create and manage infrastructure on your behalf. (required)
 * @param clientToken A unique, case-sensitive identifier that you provide to ensure that the operation completes no more than one time.
 * @param deletionProtection Specifies whether to enable deletion protection for the gateway.
 * @param configuration The type-specific configuration for the gateway. (required)
 * @param tags The metadata that you apply to the gateway to help you categorize and organize it.
 * @param propagateTags Specifies whether to propagate the tags from the gateway to the infrastructure that the gateway manages.
 */
@Value.Builder
public record GatewaySpec(
        String name,
        String infrastructureRoleArn,
        Option<String> clientToken,
        Option<Boolean> deletionProtection,
        GatewayConfiguration configuration,
        List<Tag> tags,
        Option<PropagateGatewayTags> propagateTags) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewaySpecBuilder builder() {
        return new GatewaySpecBuilder();
    }

    /** A builder holding this record's values. */
    public GatewaySpecBuilder toBuilder() {
        return new GatewaySpecBuilder().from(this);
    }
}
