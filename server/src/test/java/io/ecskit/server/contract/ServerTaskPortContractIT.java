package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.TaskPortContract;

/** TaskPortContract through the AWS adapter into ecskit server: every capability on. */
class ServerTaskPortContractIT extends TaskPortContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
