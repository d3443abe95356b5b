package io.ecskit.adapter.aws;

import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.identity.CallerIdentity;
import io.ecskit.port.out.IdentityPort;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** STS GetCallerIdentity with the kit's credentials, region and endpoint. */
final class AwsIdentity implements IdentityPort {

    private final AwsClients aws;

    @Inject
    AwsIdentity(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, CallerIdentity> callerIdentity() {
        return aws.call(() -> aws.sts.getCallerIdentity(r -> { }))
                .map(r -> new CallerIdentity(r.account(), r.arn(), r.userId()));
    }
}
