package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ServicePortContract;

/** ServicePortContract through the AWS adapter into ecskit server: every capability on. */
class ServerServicePortContractIT extends ServicePortContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
