package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.ServiceChangesContract;

class InMemoryServiceChangesContractTest extends ServiceChangesContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
