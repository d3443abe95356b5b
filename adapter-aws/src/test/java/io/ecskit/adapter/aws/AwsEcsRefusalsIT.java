package io.ecskit.adapter.aws;

import io.ecskit.adapter.aws.testing.FakeAws;
import io.ecskit.adapter.aws.testing.MotoNetwork;
import io.ecskit.contract.usecase.EcsRulesContract;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ECS's refusals of task definitions ({@link EcsRulesContract#refusals()}), which moto never sends,
 * replayed by a fake endpoint; the suite itself runs against moto in {@link MotoCompatibilityIT}.
 */
class AwsEcsRefusalsIT {

    /**
     * moto registers these (it lacks TASK_DEFINITION_VALIDATION), so ECS's answer is replayed over
     * real HTTP as users quoted it: the AWS adapter hands the caller ECS's code, words and request id.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.ecskit.contract.usecase.EcsRulesContract#refusals")
    void registerTaskDefinition_whenEcsRefuses_carriesEcsAnswer(EcsRulesContract.Refusal refusal) throws IOException {
        TaskDefinition base = TaskDefinition.builder().family("rules").requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC).cpu("256").memory("512")
                .containerDefinitions(List.of(ContainerDefinition.builder().name("web").image("nginx:1.27").build())).build();
        try (FakeAws ecs = FakeAws.failing(400, refusal.code(), refusal.message());
             AwsEcsKit aws = AwsEcsKit.builder().region("us-east-1").endpointOverride(ecs.endpoint())
                     .credentials(MotoNetwork.CREDENTIALS).accountId("123456789012").maxAttempts(1).build()) {

            EcsError error = aws.api().taskDefinitions().register(refusal.from().apply(base)).getLeft();

            assertThat(error).isInstanceOf(EcsError.ClientError.class);
            assertThat(error.code()).isEqualTo(refusal.code());
            assertThat(error.message()).isEqualTo(refusal.message());
            assertThat(error.requestId()).contains("req-" + refusal.code());
            assertThat(ecs.requests()).isOne();
        }
    }
}
