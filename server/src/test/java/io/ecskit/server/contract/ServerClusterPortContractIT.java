package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ClusterPortContract;

/** ClusterPortContract through the AWS adapter into ecskit server: every capability on. */
class ServerClusterPortContractIT extends ClusterPortContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
