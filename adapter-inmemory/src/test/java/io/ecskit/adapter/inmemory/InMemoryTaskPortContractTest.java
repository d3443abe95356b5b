package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.TaskPortContract;

class InMemoryTaskPortContractTest extends TaskPortContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
