package io.ecskit.adapter.inmemory;

import io.ecskit.contract.Backend;
import io.ecskit.contract.kit.EcsCompatibilityKit;

/** Every contract suite on the in-memory backend, which has every capability: its scorecard shows no gaps. */
class InMemoryCompatibilityTest extends EcsCompatibilityKit {

    @Override
    protected Backend newBackend() {
        return new InMemoryBackend();
    }
}
