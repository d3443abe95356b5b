package io.ecskit.domain.express;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The repository credentials for private registry authentication to pass to the container. Source: ECS API reference (ExpressGatewayRepositoryCredentials).
 *
 * @param credentialsParameter The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
 */
@Value.Builder
public record ExpressGatewayRepositoryCredentials(
        Option<String> credentialsParameter) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayRepositoryCredentialsBuilder builder() {
        return new ExpressGatewayRepositoryCredentialsBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayRepositoryCredentialsBuilder toBuilder() {
        return new ExpressGatewayRepositoryCredentialsBuilder().from(this);
    }
}
