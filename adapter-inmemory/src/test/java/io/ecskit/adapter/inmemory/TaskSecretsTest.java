package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.secrets.ParameterSpec;
import io.ecskit.domain.secrets.Secret;
import io.ecskit.domain.secrets.SecretSpec;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules taskSsmParametersExist and taskSecretsExist (docs/ecs-rules.md): a task's start reads the secrets its containers
 * name from Parameter Store and Secrets Manager (a name, a parameter ARN, a secret ARN with {@code :json-key:stage:id}),
 * gives the containers their values, and stops the task with Fargate's ResourceInitializationError when one cannot be read;
 * a region without any secret or parameter starts every task, as before.
 */
class TaskSecretsTest {

    @RegisterExtension
    static final InMemoryEcsExtension ECS = InMemoryEcsExtension.create();

    private static final ClusterName CLUSTER = new ClusterName("secrets");
    private static final AwsVpcConfiguration NETWORK = AwsVpcConfiguration.of(List.of("subnet-0a1b2c3d4e5f60718"), List.empty(),
            AssignPublicIp.DISABLED);

    private static Task start(InMemoryEcsKit kit, Simulator sim, io.ecskit.domain.taskdef.Secret... secrets) {
        return start(kit, sim, "app", secrets);
    }

    private static Task start(InMemoryEcsKit kit, Simulator sim, String family, io.ecskit.domain.taskdef.Secret... secrets) {
        kit.api().clusters().create(ClusterSpec.named(CLUSTER)).get();
        TaskDefinition td = TaskDefinition.builder().family(family).requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
                .executionRoleArn("arn:aws:iam::123456789012:role/ecsTaskExecutionRole")
                .containerDefinitions(List.of(ContainerDefinition.builder().name("app").image("nginx:1.27").essential(true)
                        .environment(List.of(io.ecskit.domain.KeyValuePair.of("MODE", "test"))).secrets(List.of(secrets)).build()))
                .build();
        kit.api().taskDefinitions().register(td).get();
        Task task = kit.api().tasks().run(RunTaskSpec.fargate(CLUSTER, TaskDefinitionRef.latest(family), NETWORK)).get().found().single();
        sim.advance(Duration.ofMinutes(2));
        return kit.api().tasks().describe(CLUSTER, List.of(task.taskArn())).get().found().single();
    }

    private static io.ecskit.domain.taskdef.Secret secret(String name, String valueFrom) {
        return io.ecskit.domain.taskdef.Secret.builder().name(name).valueFrom(valueFrom).build();
    }

    @Test
    void secretsFromBothStores_areTheContainersEnvironment(InMemoryEcsKit kit, Simulator sim) {
        kit.api().secrets().putParameter(ParameterSpec.secure("/app/db/password", "pa55")).get();
        kit.api().secrets().putParameter(ParameterSpec.string("feature", "on")).get();
        Secret json = kit.api().secrets().createSecret(SecretSpec.of("app/api", "{\"key\":\"k-123\",\"port\":8443}")).get();

        Task task = start(kit, sim, secret("DB_PASSWORD", "arn:aws:ssm:us-east-1:123456789012:parameter/app/db/password"),
                secret("FEATURE", "feature"), secret("API_KEY", json.arn() + ":key::"), secret("API_PORT", json.arn() + ":port::"),
                secret("API", json.arn()));

        assertThat(task.lastStatus()).isEqualTo(TaskStatus.RUNNING);
        Map<String, String> environment = sim.environment(task.taskArn(), "app").get();
        assertThat(environment).containsEntry("MODE", "test").containsEntry("DB_PASSWORD", "pa55").containsEntry("FEATURE", "on")
                .containsEntry("API_KEY", "k-123").containsEntry("API_PORT", "8443").containsEntry("API", "{\"key\":\"k-123\",\"port\":8443}");
    }

    @Test
    void aMissingSecret_orJsonKey_stopsTheTask_withFargatesReason(InMemoryEcsKit kit, Simulator sim) {
        Secret existing = kit.api().secrets().createSecret(SecretSpec.of("app/api", "{\"key\":\"k\"}")).get();

        Task missingKey = start(kit, sim, secret("API", existing.arn() + ":nope::"));

        assertThat(missingKey.lastStatus()).isEqualTo(TaskStatus.STOPPED);
        assertThat(missingKey.stopCode()).contains(TaskStopCode.TASK_FAILED_TO_START);
        assertThat(missingKey.stoppedReason()).contains(EcsRule.TASK_SECRETS_EXIST.message(
                "retrieved secret from Secrets Manager did not contain json key nope"));
        String unknown = "arn:aws:secretsmanager:us-east-1:123456789012:secret:app/other-AbCdEf";
        Task stopped = start(kit, sim, "other", secret("OTHER", unknown));
        assertThat(stopped.stoppedReason()).contains("ResourceInitializationError: unable to pull secrets or registry auth: execution resource "
                + "retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch secret "
                + unknown + " from secrets manager: ResourceNotFoundException: Secrets Manager can't find the specified secret.");
    }

    @Test
    void aRegionWithoutSecretsOrParameters_startsTasksWhateverTheyName(InMemoryEcsKit kit, Simulator sim) {
        Task task = start(kit, sim, secret("DB_PASSWORD", "/not/there"),
                secret("API", "arn:aws:secretsmanager:us-east-1:123456789012:secret:nope-AbCdEf"));

        assertThat(task.lastStatus()).isEqualTo(TaskStatus.RUNNING);
        assertThat(sim.environment(task.taskArn(), "app").get()).containsOnlyKeys("MODE");
        assertThat(sim.environment(task.taskArn(), "nope")).isEqualTo(Option.none());
    }
}
