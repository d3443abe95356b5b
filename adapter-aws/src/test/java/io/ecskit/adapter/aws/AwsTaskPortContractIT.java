package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.TaskPortContract;

class AwsTaskPortContractIT extends TaskPortContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
