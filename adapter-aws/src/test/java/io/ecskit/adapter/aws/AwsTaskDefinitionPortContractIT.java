package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.TaskDefinitionPortContract;

class AwsTaskDefinitionPortContractIT extends TaskDefinitionPortContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
