package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What CreateGateway, UpdateGateway and DeleteGateway answer: the gateway's ARN, name and status. Source: ECS API reference (CreateGateway, UpdateGateway, DeleteGateway responses).
 *
 * @param gatewayArn The Amazon Resource Name (ARN) of the gateway.
 * @param name The name of the gateway.
 * @param status The status of the gateway.
 */
@Value.Builder
public record GatewayChange(
        Option<String> gatewayArn,
        Option<String> name,
        Option<GatewayStatus> status) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayChangeBuilder builder() {
        return new GatewayChangeBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayChangeBuilder toBuilder() {
        return new GatewayChangeBuilder().from(this);
    }
}
