package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.usecase.CleanUpContract;

class AwsCleanUpContractIT extends CleanUpContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
