package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.DeployServiceContract;

class AwsDeployServiceContractIT extends DeployServiceContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
