package io.ecskit.docs;

import io.ecskit.server.EcsServerExtension;
import io.ecskit.server.InMemoryEcsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.NetworkMode;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/server.md's test of code that uses the SDK's own EcsClient, compiled and run by the build (DocsSnippetsTest). */
class ServerSnippetTest {

    // tag::server-test[]
    @RegisterExtension static final EcsServerExtension AWS = EcsServerExtension.create();   // manual clock

    @Test
    void rollsOut(URI endpoint, InMemoryEcsServer server) {
        EcsClient ecs = EcsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
        ecs.createCluster(c -> c.clusterName("demo"));
        ecs.registerTaskDefinition(td -> td.family("web").requiresCompatibilities(Compatibility.FARGATE)
                .networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
                .containerDefinitions(c -> c.name("web").image("public.ecr.aws/docker/library/httpd:2.4")));
        ecs.createService(s -> s.cluster("demo").serviceName("web").taskDefinition("web").desiredCount(2)
                .launchType(LaunchType.FARGATE).networkConfiguration(n -> n.awsvpcConfiguration(
                        v -> v.subnets("subnet-0123456789abcdef0").securityGroups("sg-0123456789abcdef0"))));
        server.simulator().advance(Duration.ofMinutes(2));   // or POST /_ecskit/clock/advance
        assertThat(ecs.describeServices(d -> d.cluster("demo").services("web")).services().get(0).runningCount()).isEqualTo(2);
    }
    // end::server-test[]
}
