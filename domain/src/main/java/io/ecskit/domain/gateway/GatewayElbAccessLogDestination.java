package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The destination where the access logs for a gateway's load balancers are delivered. Source: ECS API reference (GatewayElbAccessLogDestination).
 *
 * @param s3 The Amazon S3 destination for access logs.
 */
@Value.Builder
public record GatewayElbAccessLogDestination(
        Option<GatewayElbAccessLogS3Destination> s3) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayElbAccessLogDestinationBuilder builder() {
        return new GatewayElbAccessLogDestinationBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayElbAccessLogDestinationBuilder toBuilder() {
        return new GatewayElbAccessLogDestinationBuilder().from(this);
    }
}
