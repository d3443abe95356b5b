package io.ecskit.domain.gateway;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The Amazon S3 destination for the access logs of a gateway's load balancers. Source: ECS API reference (GatewayElbAccessLogS3Destination).
 *
 * @param bucket The name of the Amazon S3 bucket where access logs are delivered. (required)
 * @param prefix The object key prefix for the access logs in the Amazon S3 bucket.
 */
@Value.Builder
public record GatewayElbAccessLogS3Destination(
        String bucket,
        Option<String> prefix) {

    /** A builder with every optional component absent and every list empty. */
    public static GatewayElbAccessLogS3DestinationBuilder builder() {
        return new GatewayElbAccessLogS3DestinationBuilder();
    }

    /** A builder holding this record's values. */
    public GatewayElbAccessLogS3DestinationBuilder toBuilder() {
        return new GatewayElbAccessLogS3DestinationBuilder().from(this);
    }
}
