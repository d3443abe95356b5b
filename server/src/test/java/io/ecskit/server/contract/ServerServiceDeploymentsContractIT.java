package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.ServiceDeploymentsContract;

/** ServiceDeploymentsContract through the AWS adapter into ecskit server: every capability on. */
class ServerServiceDeploymentsContractIT extends ServiceDeploymentsContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
