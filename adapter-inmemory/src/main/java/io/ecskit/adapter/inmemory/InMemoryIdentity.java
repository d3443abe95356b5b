package io.ecskit.adapter.inmemory;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.identity.CallerIdentity;
import io.ecskit.port.out.IdentityPort;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** The in-memory account's root user: every call is made as it (credentials are not told apart). */
final class InMemoryIdentity implements IdentityPort {

    private final InMemoryState state;

    @Inject
    InMemoryIdentity(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, CallerIdentity> callerIdentity() {
        return state.call("GetCallerIdentity", () -> Either.right(
                new CallerIdentity(state.account.value(), state.rootPrincipal(), state.account.value())));
    }
}
