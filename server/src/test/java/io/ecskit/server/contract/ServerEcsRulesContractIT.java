package io.ecskit.server.contract;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.EcsRulesContract;

/** EcsRulesContract through the AWS adapter into ecskit server: every capability on. */
class ServerEcsRulesContractIT extends EcsRulesContract {

    @Override
    protected Backend newBackend() {
        return new ServerBackend();
    }
}
