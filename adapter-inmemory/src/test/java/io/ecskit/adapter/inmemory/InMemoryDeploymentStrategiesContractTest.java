package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.DeploymentStrategiesContract;

class InMemoryDeploymentStrategiesContractTest extends DeploymentStrategiesContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
