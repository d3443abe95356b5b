package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.ServiceChangesContract;

/** ServiceChangesContract through the AWS adapter into ecskit server: every capability on. */
class ServerServiceChangesContractIT extends ServiceChangesContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
