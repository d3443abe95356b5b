package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.CleanUpContract;

/** CleanUpContract through the AWS adapter into ecskit server: every capability on. */
class ServerCleanUpContractIT extends CleanUpContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
