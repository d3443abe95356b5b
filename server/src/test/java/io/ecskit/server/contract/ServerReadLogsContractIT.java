package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.ReadLogsContract;

/** ReadLogsContract through the AWS adapter into ecskit server: every capability on. */
class ServerReadLogsContractIT extends ReadLogsContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
