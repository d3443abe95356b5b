package io.ecskit.contract;

import io.ecskit.domain.identity.CallerIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** IdentityPort: STS GetCallerIdentity, which tools ask first (e.g. to build an ECR repository URI from the account). */
public abstract class IdentityPortContract extends ContractTest {

    @Test
    void callerIdentity_isTheKitsAccount() {
        CallerIdentity identity = right(kit.api().identity().callerIdentity());

        assertThat(identity.account()).isEqualTo(kit.accountId());
        // an IAM principal (user, root) or an assumed role's session (arn:aws:sts::...:assumed-role/...)
        assertThat(identity.arn()).matches("arn:aws:(iam|sts)::" + kit.accountId() + ":.+");
        assertThat(identity.userId()).isNotBlank();
    }
}
