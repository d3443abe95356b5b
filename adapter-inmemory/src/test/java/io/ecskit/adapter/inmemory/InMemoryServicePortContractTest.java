package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ServicePortContract;

class InMemoryServicePortContractTest extends ServicePortContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
