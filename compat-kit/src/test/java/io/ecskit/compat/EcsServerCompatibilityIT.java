package io.ecskit.compat;

import io.ecskit.contract.Backend;
import io.ecskit.contract.Capability;
import io.ecskit.contract.kit.EcsCompatibilityKit;
import io.ecskit.server.InMemoryEcsServer;

/**
 * ecskit server graded as any emulator would be: through {@link EndpointBackend}, knowing only its
 * endpoint and its time control, not its simulator. (The server module's own ServerCompatibilityIT
 * reaches the simulator behind it and so has every capability.)
 */
class EcsServerCompatibilityIT extends EcsCompatibilityKit {

    @Override
    protected Backend newBackend() {
        InMemoryEcsServer server = InMemoryEcsServer.start();
        return EndpointBackend.builder(server.endpoint())
                .name("ecskit server")
                .region(server.region())
                .accountId(server.accountId())
                .lacks(Capability.IMAGE_SEEDING, "ecskit server has no ECR PutImage (POST /_ecskit/images puts one by reference)")
                .kit(kit -> kit.timeSource(server.time(server.region())))
                .passTime(duration -> server.simulator().advance(duration))
                .afterEachTest(server::close)
                .build();
    }
}
