package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.TaskDefinitionPortContract;

class InMemoryTaskDefinitionPortContractTest extends TaskDefinitionPortContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
