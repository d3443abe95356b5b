package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.LogPortContract;

/** LogPortContract through the AWS adapter into ecskit server: every capability on. */
class ServerLogPortContractIT extends LogPortContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
