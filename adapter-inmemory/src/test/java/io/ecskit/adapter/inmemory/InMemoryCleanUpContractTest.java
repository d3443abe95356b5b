package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.CleanUpContract;

class InMemoryCleanUpContractTest extends CleanUpContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
