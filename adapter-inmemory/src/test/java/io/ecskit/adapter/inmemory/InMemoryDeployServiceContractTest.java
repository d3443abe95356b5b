package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.DeployServiceContract;

class InMemoryDeployServiceContractTest extends DeployServiceContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
