package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.DeploymentStrategiesContract;

class AwsDeploymentStrategiesContractIT extends DeploymentStrategiesContract {

    @Override
    protected Backend newBackend() {
        // ECSKIT_IT_AWS=1 runs the same suite against a real account instead of moto
        return RealAwsBackend.enabled() ? RealAwsBackend.create() : new MotoBackend();
    }
}
