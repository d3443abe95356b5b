package io.ecskit.domain.express;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Represents an Express service, which provides a simplified way to deploy containerized web applications on Amazon ECS with managed Amazon Web Services infrastructure. Source: ECS API reference (ExpressGatewayService).
 *
 * @param cluster The short name or full ARN of the cluster that hosts the Express service.
 * @param serviceName The name of the Express service.
 * @param serviceArn The ARN that identifies the Express service.
 * @param infrastructureRoleArn The ARN of the infrastructure role that manages Amazon Web Services resources for the Express service.
 * @param status The current status of the Express service.
 * @param currentDeployment The current deployment configuration for the Express service.
 * @param activeConfigurations The list of active service configurations for the Express service.
 * @param tags The metadata applied to the Express service.
 * @param createdAt The Unix timestamp for when the Express service was created.
 * @param updatedAt The Unix timestamp for when the Express service was last updated.
 */
@Value.Builder
public record ExpressGatewayService(
        Option<String> cluster,
        Option<String> serviceName,
        Option<String> serviceArn,
        Option<String> infrastructureRoleArn,
        Option<ExpressGatewayServiceStatus> status,
        Option<String> currentDeployment,
        List<ExpressGatewayServiceConfiguration> activeConfigurations,
        List<Tag> tags,
        Option<Instant> createdAt,
        Option<Instant> updatedAt) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayServiceBuilder builder() {
        return new ExpressGatewayServiceBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayServiceBuilder toBuilder() {
        return new ExpressGatewayServiceBuilder().from(this);
    }
}
