package io.ecskit.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ClientException;
import software.amazon.awssdk.services.ecs.model.ClusterNotFoundException;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.NetworkMode;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The example for teams whose code uses the SDK's EcsClient directly: the extension hands it an endpoint. */
class PlainEcsClientTest {

    @RegisterExtension
    static final EcsServerExtension AWS = EcsServerExtension.create();

    private static EcsClient ecs(URI endpoint) {
        return EcsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(ApacheHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    }

    @Test
    void aFargateServiceRollsOut_onTheSimulatedClock(URI endpoint, InMemoryEcsServer server) {
        try (EcsClient ecs = ecs(endpoint)) {
            ecs.createCluster(r -> r.clusterName("plain"));
            var registered = ecs.registerTaskDefinition(r -> r.family("web").requiresCompatibilities(Compatibility.FARGATE)
                    .networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
                    .containerDefinitions(c -> c.name("web").image("public.ecr.aws/docker/library/httpd:2.4")))
                    .taskDefinition();
            assertThat(registered.taskDefinitionArn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:task-definition/web:1");
            // what ECS stores: essential true, cpu 0 (rule taskDefinitionDefaults)
            assertThat(registered.containerDefinitions().get(0).essential()).isTrue();
            assertThat(registered.containerDefinitions().get(0).cpu()).isZero();

            ecs.createService(r -> r.cluster("plain").serviceName("web").taskDefinition("web").desiredCount(2)
                    .launchType("FARGATE").networkConfiguration(n -> n.awsvpcConfiguration(a -> a
                            .subnets("subnet-0123456789abcdef0").securityGroups("sg-0123456789abcdef0"))));
            server.simulator().advance(Duration.ofMinutes(2));

            var service = ecs.describeServices(r -> r.cluster("plain").services("web")).services().get(0);
            assertThat(service.runningCount()).isEqualTo(2);
            assertThat(service.deployments().get(0).rolloutStateAsString()).isEqualTo("COMPLETED");
            assertThat(ecs.listTasks(r -> r.cluster("plain").serviceName("web")).taskArns()).hasSize(2);
        }
    }

    @Test
    void errorsAreEcsErrors_asTheSdkParsesThem(URI endpoint) {
        try (EcsClient ecs = ecs(endpoint)) {
            assertThatThrownBy(() -> ecs.describeServices(r -> r.cluster("nowhere").services("web")))
                    .isInstanceOf(ClusterNotFoundException.class).hasMessageContaining("Cluster not found.");
            // rule fargateRequiresTaskCpu: the SDK raises ECS's ClientException with ECS's words
            assertThatThrownBy(() -> ecs.registerTaskDefinition(r -> r.family("bad").requiresCompatibilities(Compatibility.FARGATE)
                    .networkMode(NetworkMode.AWSVPC).memory("512").containerDefinitions(c -> c.name("a").image("nginx"))))
                    .isInstanceOf(ClientException.class).hasMessageContaining("Fargate requires that 'cpu' be defined at the task level.");
        }
    }

    @Test
    void describeClusters_answersAMissingClusterAsAFailure_notAnError(URI endpoint) {
        try (EcsClient ecs = ecs(endpoint)) {
            var answer = ecs.describeClusters(r -> r.clusters("ghost"));

            assertThat(answer.clusters()).isEmpty();
            assertThat(answer.failures()).singleElement().satisfies(f -> {
                assertThat(f.arn()).isEqualTo("arn:aws:ecs:us-east-1:123456789012:cluster/ghost");
                assertThat(f.reason()).isEqualTo("MISSING");
            });
        }
    }
}
