package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.ClusterPortContract;

class AwsClusterPortContractIT extends ClusterPortContract {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
