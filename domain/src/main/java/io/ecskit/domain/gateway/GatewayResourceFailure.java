package io.ecskit.domain.gateway;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The failures for a single resource that was touched by an asynchronous gateway process. Source: ECS API reference (GatewayResourceFailure).
 *
 * @param arn The Amazon Resource Name (ARN) of the resource that failed to update, such as a load balancer ARN.
 * @param errors The errors that were encountered while operating on the resource.
 */
@Value.Builder
public record GatewayResourceFailure(
        Option<String> arn,
        List<GatewayOperationError> errors) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayResourceFailureBuilder builder() {
        return new GatewayResourceFailureBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayResourceFailureBuilder toBuilder() {
        return new GatewayResourceFailureBuilder().from(this);
    }
}
