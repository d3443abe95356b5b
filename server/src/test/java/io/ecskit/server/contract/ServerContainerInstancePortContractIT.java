package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ContainerInstancePortContract;

/** ContainerInstancePortContract through the AWS adapter into ecskit server: every capability on. */
class ServerContainerInstancePortContractIT extends ContainerInstancePortContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
