package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A summary of a gateway that is returned by the ListGateways operation. Source: ECS API reference (GatewaySummary).
 *
 * @param gatewayArn The Amazon Resource Name (ARN) of the gateway.
 * @param name The name of the gateway.
 * @param status The status of the gateway.
 * @param createdAt The Unix timestamp for the time when the gateway was created.
 */
@Value.Builder
public record GatewaySummary(
        Option<String> gatewayArn,
        Option<String> name,
        Option<GatewayStatus> status,
        Option<Instant> createdAt) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewaySummaryBuilder builder() {
        return new GatewaySummaryBuilder();
    }

    /** A builder holding this record's values. */
    public GatewaySummaryBuilder toBuilder() {
        return new GatewaySummaryBuilder().from(this);
    }
}
