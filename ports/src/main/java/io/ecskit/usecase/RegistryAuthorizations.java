package io.ecskit.usecase;

import io.ecskit.domain.ecr.RegistryAuthorization;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.ImageRepositoryPort;
import io.ecskit.port.out.TimeSource;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;

/** The registry token, fetched once and renewed when it expires within five minutes (tokens last 12 hours). */
@Singleton
public final class RegistryAuthorizations {

    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private final ImageRepositoryPort repositories;
    private final TimeSource time;
    private RegistryAuthorization current;

    /** Built by Dagger over the backend's ports. */
    @Inject
    public RegistryAuthorizations(ImageRepositoryPort repositories, TimeSource time) {
        this.repositories = repositories;
        this.time = time;
    }

    /**
     * A registry login valid for at least a few more minutes:
     * the cached one, else a new GetAuthorizationToken (valid 12 hours).
     */
    public synchronized Either<EcsError, RegistryAuthorization> current() {
        if (current != null && !current.expiresWithin(RENEW_BEFORE, time.now())) {
            return Either.right(current);
        }
        return repositories.authorization().peek(fresh -> current = fresh);
    }
}
