package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.DeployServiceContract;

/** DeployServiceContract through the AWS adapter into ecskit server: every capability on. */
class ServerDeployServiceContractIT extends DeployServiceContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
