package io.ecskit.domain.express;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * An object that describes an Express service to be updated. Source: ECS API reference (UpdatedExpressGatewayService).
 *
 * @param serviceArn The ARN of the Express service that is being updated.
 * @param cluster The cluster associated with the Express service that is being updated.
 * @param serviceName The name of the Express service that is being updated.
 * @param status The status of the Express service that is being updated.
 * @param targetConfiguration The configuration to which the current Express service is being updated to.
 * @param createdAt The Unix timestamp for when the Express service that is being updated was created.
 * @param updatedAt The Unix timestamp for when the Express service that is being updated was most recently updated.
 */
@Value.Builder
public record UpdatedExpressGatewayService(
        Option<String> serviceArn,
        Option<String> cluster,
        Option<String> serviceName,
        Option<ExpressGatewayServiceStatus> status,
        Option<ExpressGatewayServiceConfiguration> targetConfiguration,
        Option<Instant> createdAt,
        Option<Instant> updatedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static UpdatedExpressGatewayServiceBuilder builder() {
        return new UpdatedExpressGatewayServiceBuilder();
    }

    /** A builder holding this record's values. */
    public UpdatedExpressGatewayServiceBuilder toBuilder() {
        return new UpdatedExpressGatewayServiceBuilder().from(this);
    }
}
