package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ContainerInstancePortContract;

class InMemoryContainerInstancePortContractTest extends ContainerInstancePortContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
