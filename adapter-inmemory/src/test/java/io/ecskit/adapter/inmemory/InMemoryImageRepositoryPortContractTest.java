package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ImageRepositoryPortContract;

class InMemoryImageRepositoryPortContractTest extends ImageRepositoryPortContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
