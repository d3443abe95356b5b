package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.ReadLogsContract;

class InMemoryReadLogsContractTest extends ReadLogsContract {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
