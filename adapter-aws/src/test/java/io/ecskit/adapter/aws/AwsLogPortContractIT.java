package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.LogPortContract;

class AwsLogPortContractIT extends LogPortContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
