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
            known = settings.accountId().getOrElse(() -> clients.ecr.describeRegistry(r -> { }).registryId());
            account = known;
        }
        return known;
    }
}
