package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ImageRepositoryPortContract;

class AwsImageRepositoryPortContractIT extends ImageRepositoryPortContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
