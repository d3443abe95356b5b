package io.ecskit.adapter.aws;

import io.ecskit.contract.Backend;
import io.ecskit.contract.kit.EcsCompatibilityKit;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * Every contract suite through the AWS adapter against moto server, with moto's gaps as declared in
 * {@link MotoBackend}; prints the scorecard and writes {@code target/ecskit-scorecard-MotoCompatibilityIT.md}.
 * With {@code ECSKIT_IT_AWS=1}, {@link RealAwsCompatibilityIT} runs the suites against an account instead.
 */
@DisabledIfEnvironmentVariable(named = "ECSKIT_IT_AWS", matches = "1", disabledReason = "ECSKIT_IT_AWS=1: RealAwsCompatibilityIT runs instead")
class MotoCompatibilityIT extends EcsCompatibilityKit {

    @Override
    protected Backend newBackend() {
        return new MotoBackend();
    }
}
