package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A single failed operation against a resource that a gateway manages. Source: ECS API reference (GatewayOperationError).
 *
 * @param operation The IAM-style action identifier of the operation that failed, such as elasticloadbalancing:ModifyLoadBalancerAttributes .
 * @param code The error code returned by the failed operation, passed through from the downstream service, such as AccessDenied .
 * @param message The detailed error message.
 */
@Value.Builder
public record GatewayOperationError(
        Option<String> operation,
        Option<String> code,
        Option<String> message) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayOperationErrorBuilder builder() {
        return new GatewayOperationErrorBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayOperationErrorBuilder toBuilder() {
        return new GatewayOperationErrorBuilder().from(this);
    }
}
