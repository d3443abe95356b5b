package io.ecskit.adapter.aws;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The kit's account id: configured, or asked of ECR once (DescribeRegistry's registryId is the
 * account of the credentials), so no STS client is needed.
 */
@Singleton
final class AccountResolver {

    private final AwsSettings settings;
    private final AwsClients clients;
    private volatile String account;

    @Inject
    AccountResolver(AwsSettings settings, AwsClients clients) {
        this.settings = settings;
        this.clients = clients;
    }

    String accountId() {
        String known = account;
        if (known == null) {
            // no credentials, no network: the typed error, as an EcsException (this getter has no Either to answer)
            known = settings.accountId().getOrElse(() -> AwsErrors.call(() -> clients.ecr.describeRegistry(r -> { }).registryId())
                    .getOrElseThrow(io.ecskit.domain.error.EcsException::new));
            account = known;
        }
        return known;
    }
}
