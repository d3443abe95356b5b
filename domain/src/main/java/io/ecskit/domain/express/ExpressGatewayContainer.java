package io.ecskit.domain.express;

import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.taskdef.Secret;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Defines the configuration for the primary container in an Express service. Source: ECS API reference (ExpressGatewayContainer).
 *
 * @param image The image used to start a container. (required)
 * @param containerPort The port number on the container that receives traffic from the load balancer.
 * @param awsLogsConfiguration The log configuration for the container.
 * @param repositoryCredentials The configuration for repository credentials for private registry authentication.
 * @param command The command that is passed to the container.
 * @param environment The environment variables to pass to the container.
 * @param secrets The secrets to pass to the container.
 */
@Value.Builder
public record ExpressGatewayContainer(
        String image,
        Option<Integer> containerPort,
        Option<ExpressGatewayServiceAwsLogsConfiguration> awsLogsConfiguration,
        Option<ExpressGatewayRepositoryCredentials> repositoryCredentials,
        List<String> command,
        List<KeyValuePair> environment,
        List<Secret> secrets) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayContainerBuilder builder() {
        return new ExpressGatewayContainerBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayContainerBuilder toBuilder() {
        return new ExpressGatewayContainerBuilder().from(this);
    }
}
