package io.ecskit.domain.gateway;

import io.ecskit.domain.Tag;
import io.ecskit.domain.service.AccessType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The details of a gateway, including its configuration, status, and the infrastructure settings for its type. Source: ECS API reference (Gateway).
 *
 * @param gatewayArn The Amazon Resource Name (ARN) of the gateway.
 * @param name The name of the gateway.
 * @param status The status of the gateway.
 * @param statusReason A human-readable explanation of the current status.
 * @param failures The per-resource failure details for asynchronous gateway processes, such as an UpdateGateway operation that couldn't update every load balancer.
 * @param infrastructureRoleArn The Amazon Resource Name (ARN) of the IAM role that the gateway uses to manage infrastructure on your behalf.
 * @param deletionProtection Specifies whether deletion protection is enabled for the gateway.
 * @param configuration The type-specific configuration for the gateway.
 * @param accessType Specifies whether the gateway is publicly accessible ( PUBLIC ) or private ( PRIVATE ).
 * @param propagateTags Specifies whether the gateway propagates its tags to the infrastructure it manages.
 * @param tags The metadata applied to the gateway.
 * @param createdAt The Unix timestamp for the time when the gateway was created.
 * @param updatedAt The Unix timestamp for the time when the gateway was last updated.
 */
@Value.Builder
public record Gateway(
        Option<String> gatewayArn,
        Option<String> name,
        Option<GatewayStatus> status,
        Option<String> statusReason,
        List<GatewayResourceFailure> failures,
        Option<String> infrastructureRoleArn,
        Option<Boolean> deletionProtection,
        Option<DescribeGatewayConfiguration> configuration,
        Option<AccessType> accessType,
        Option<PropagateGatewayTags> propagateTags,
        List<Tag> tags,
        Option<Instant> createdAt,
        Option<Instant> updatedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayBuilder builder() {
        return new GatewayBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayBuilder toBuilder() {
        return new GatewayBuilder().from(this);
    }
}
