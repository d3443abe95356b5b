package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ContainerInstancePortContract;

class AwsContainerInstancePortContractIT extends ContainerInstancePortContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
