package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.ServiceDeploymentsContract;

class InMemoryServiceDeploymentsContractTest extends ServiceDeploymentsContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
