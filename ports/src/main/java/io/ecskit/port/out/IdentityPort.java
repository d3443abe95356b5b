package io.ecskit.port.out;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.identity.CallerIdentity;
import io.vavr.control.Either;

/** STS, as far as ECS workloads need it: who the caller is. Source: STS API reference (GetCallerIdentity). */
public interface IdentityPort {

    /** GetCallerIdentity: the account, ARN and user id of the credentials the kit calls with. */
    Either<EcsError, CallerIdentity> callerIdentity();
}
