package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ServicePortContract;

class AwsServicePortContractIT extends ServicePortContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
