package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ImageRepositoryPortContract;

/** ImageRepositoryPortContract through the AWS adapter into ecskit server: every capability on. */
class ServerImageRepositoryPortContractIT extends ImageRepositoryPortContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
