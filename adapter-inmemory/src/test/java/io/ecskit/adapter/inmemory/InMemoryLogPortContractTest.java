package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.LogPortContract;

class InMemoryLogPortContractTest extends LogPortContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
