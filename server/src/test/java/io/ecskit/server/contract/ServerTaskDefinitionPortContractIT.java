package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.TaskDefinitionPortContract;

/** TaskDefinitionPortContract through the AWS adapter into ecskit server: every capability on. */
class ServerTaskDefinitionPortContractIT extends TaskDefinitionPortContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
