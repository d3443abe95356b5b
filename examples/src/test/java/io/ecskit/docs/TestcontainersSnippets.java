package io.ecskit.docs;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;

import java.net.URI;

/** docs/server.md's Testcontainers code, compiled by the build (DocsSnippetsTest); running it needs Docker. */
final class TestcontainersSnippets {

    private TestcontainersSnippets() {
    }

    static void serverInAContainer() {
        // tag::testcontainers[]
        try (GenericContainer<?> ecs = new GenericContainer<>(DockerImageName.parse("ecskit/server:0.1.0-SNAPSHOT"))
                .withExposedPorts(4599)
                .waitingFor(Wait.forHttp("/_ecskit/health").forStatusCode(200))) {
            ecs.start();
            URI endpoint = URI.create("http://" + ecs.getHost() + ":" + ecs.getMappedPort(4599));
            EcsClient client = EcsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
            client.listClusters();
        }
        // end::testcontainers[]
    }
}
