package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.kit.EcsCompatibilityKit;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Every contract suite against a real AWS account (see {@link RealAwsBackend}), only with {@code ECSKIT_IT_AWS=1}. */
@EnabledIfEnvironmentVariable(named = "ECSKIT_IT_AWS", matches = "1", disabledReason = "real-AWS runs need ECSKIT_IT_AWS=1")
class RealAwsCompatibilityIT extends EcsCompatibilityKit {

    @Override
    protected Backend newBackend() {
        return RealAwsBackend.create();
    }
}
