package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.kit.EcsCompatibilityKit;

/** Every contract suite through the AWS adapter into ecskit server: every capability on, so no gaps on its scorecard. */
class ServerCompatibilityIT extends EcsCompatibilityKit {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
