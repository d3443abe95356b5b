package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.EcsRulesContract;

class InMemoryEcsRulesContractTest extends EcsRulesContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
