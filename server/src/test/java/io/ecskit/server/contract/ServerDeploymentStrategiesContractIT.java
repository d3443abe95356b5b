package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.DeploymentStrategiesContract;

/** DeploymentStrategiesContract through the AWS adapter into ecskit server: every capability on. */
class ServerDeploymentStrategiesContractIT extends DeploymentStrategiesContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
