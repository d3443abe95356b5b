package io.ecskit.domain.express;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * An object that defines the status of Express service creation and information about the status of the service. Source: ECS API reference (ExpressGatewayServiceStatus).
 *
 * @param statusCode The status of the Express service.
 * @param statusReason Information about why the Express service is in the current status.
 */
@Value.Builder
public record ExpressGatewayServiceStatus(
        Option<ExpressGatewayServiceStatusCode> statusCode,
        Option<String> statusReason) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayServiceStatusBuilder builder() {
        return new ExpressGatewayServiceStatusBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayServiceStatusBuilder toBuilder() {
        return new ExpressGatewayServiceStatusBuilder().from(this);
    }
}
