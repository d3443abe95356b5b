package io.ecskit.docs;

import io.ecskit.compat.EndpointBackend;
import io.ecskit.contract.Backend;
import io.ecskit.contract.Capability;
import io.ecskit.contract.kit.EcsCompatibilityKit;

import java.net.URI;

/**
 * docs/compatibility-kit.md's grading class, compiled by the build (DocsSnippetsTest). Nested, so neither surefire nor
 * failsafe runs it: it would need an emulator on port 4566.
 */
final class CompatibilityKitSnippets {

    private CompatibilityKitSnippets() {
    }

    // tag::grade-an-emulator[]
    class MyEmulatorCompatibilityIT extends EcsCompatibilityKit {
        @Override protected Backend newBackend() {
            return EndpointBackend.builder(URI.create("http://localhost:4566")).name("my-emulator")
                    .beforeEachTest(() -> EndpointBackend.post(URI.create("http://localhost:4566/reset"))) // its reset control, if any
                    .lacks(Capability.SERVICE_DEPLOYMENTS, "ListServiceDeployments is not implemented").build();
        }
    }
    // end::grade-an-emulator[]
}
