package io.ecskit.server;

import io.ecskit.adapter.aws.AwsEcsKit;
import io.ecskit.adapter.aws.testing.FaultProxy;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.RollbackService;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, lost answers where moto cannot go (it completes no deployment, so there is nothing to roll
 * back to): the AWS adapter through {@code FaultProxy} in front of {@code ecskit server}. The rollback's
 * UpdateService is carried out but its answer lost; the rollback reads the service back, finds it on the
 * target revision and follows that deployment, instead of answering OutcomeUnknown or asking again.
 */
class LostAnswersIT {

    static DeployService.Command deploy(String image) {
        return DeployService.Command.builder()
                .taskDefinition(TaskDefinition.fargate("web", "256", "512").containerDefinitions(List.of(
                        ContainerDefinition.builder().name("web").image(image).build())).build())
                .cluster("lost").service("web").desiredCount(1)
                .subnets("subnet-0123456789abcdef0").securityGroups("sg-0123456789abcdef0").build().get();
    }

    @Test
    void aLostAnswer_toTheRollbacksUpdateService_isReadBack_andTheRollbackGoesOn() throws Exception {
        try (InMemoryEcsServer server = InMemoryEcsServer.start(); FaultProxy proxy = new FaultProxy(server.endpoint());
             AwsEcsKit kit = AwsEcsKit.builder().region(server.region()).endpointOverride(proxy.endpoint())
                     .credentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                     .accountId(server.accountId()).timeSource(server.time(server.region())).build()) {
            assertThat(kit.deploy(deploy("public.ecr.aws/docker/library/httpd:2.4")).get().succeeded()).isTrue();
            assertThat(kit.deploy(deploy("public.ecr.aws/docker/library/httpd:2.4.62")).get().succeeded()).isTrue();
            int updatesBefore = proxy.forwarded("UpdateService");
            proxy.dropAfterDelivery("UpdateService", 1);

            var rolledBack = kit.rollback(RollbackService.Command.of(ClusterName.of("lost"), ServiceName.of("web")));

            assertThat(rolledBack.isRight()).as("%s; %s", rolledBack, proxy.log()).isTrue();
            assertThat(rolledBack.get().result()).isEqualTo(DeploymentOutcome.Result.SUCCEEDED);
            assertThat(proxy.dropped("UpdateService")).isEqualTo(1);
            assertThat(proxy.forwarded("UpdateService") - updatesBefore).as("UpdateService sent once").isEqualTo(1);
            var service = server.kit().api().services().describe(ClusterName.of("lost"), List.of(ServiceName.of("web")))
                    .get().found().single();
            assertThat(service.taskDefinition().flatMap(TaskDefinitionRef::revision)).contains(1);
        }
    }
}
