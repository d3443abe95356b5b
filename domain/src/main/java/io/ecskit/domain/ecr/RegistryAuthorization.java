package io.ecskit.domain.ecr;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Credentials for the ECR registry from GetAuthorizationToken (the token is base64 of
 * {@code AWS:<password>}); valid for 12 hours.
 */
public record RegistryAuthorization(String username, String password, URI proxyEndpoint, Instant expiresAt) {

    /** Whether it must be renewed before use: it expires within {@code margin} of {@code now}. */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    /** The registry host without scheme, as image URIs use it. */
    public String registryHost() {
        return proxyEndpoint.getAuthority();
    }

    @Override
    public String toString() {
        return "RegistryAuthorization[username=" + username + ", password=***, proxyEndpoint=" + proxyEndpoint
                + ", expiresAt=" + expiresAt + "]";
    }
}
