package io.ecskit.domain.taskdef;

import org.immutables.value.Value;

/**
 * Credentials for a private (non-ECR) registry.
 *
 * @param credentialsParameter ARN or name of the Secrets Manager secret holding the registry credentials (required).
 */
@Value.Builder
public record RepositoryCredentials(
        String credentialsParameter) {

    /** A builder with every optional component absent and every list empty. */
    public static RepositoryCredentialsBuilder builder() {
        return new RepositoryCredentialsBuilder();
    }

    /** A builder holding this record's values. */
    public RepositoryCredentialsBuilder toBuilder() {
        return new RepositoryCredentialsBuilder().from(this);
    }
}
