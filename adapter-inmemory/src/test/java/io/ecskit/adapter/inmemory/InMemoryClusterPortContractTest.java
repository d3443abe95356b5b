package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ClusterPortContract;

class InMemoryClusterPortContractTest extends ClusterPortContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
