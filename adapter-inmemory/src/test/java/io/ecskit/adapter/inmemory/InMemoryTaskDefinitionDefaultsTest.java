package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.taskdef.Compatibility;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.HealthCheck;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.PortMapping;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinitionDefaults;
import io.ecskit.domain.taskdef.TransportProtocol;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rule taskDefinitionDefaults on the in-memory backend: DescribeTaskDefinition returns what ECS fills
 * in, as ECS does (the AWS backend returns whatever its endpoint stored, so this is not a contract:
 * moto stores the request as sent).
 */
class InMemoryTaskDefinitionDefaultsTest {

    private final InMemoryEcsKit kit = InMemoryEcsKit.create();

    private static TaskDefinition minimalFargate() {
        return TaskDefinition.builder()
                .family("defaults")
                .requiresCompatibilities(List.of(Compatibility.FARGATE))
                .networkMode(NetworkMode.AWSVPC)
                .cpu("256")
                .memory("512")
                .containerDefinitions(List.of(ContainerDefinition.builder()
                        .name("web").image("public.ecr.aws/docker/library/httpd:2.4")
                        .portMappings(List.of(PortMapping.tcp(80)))
                        .healthCheck(HealthCheck.builder().command(List.of("CMD-SHELL", "true")).build())
                        .build()))
                .build();
    }

    @Test
    void taskDefinitionDefaults_describe_returnsWhatEcsFillsIn() {
        kit.api().taskDefinitions().register(minimalFargate()).get();

        RegisteredTaskDefinition described = kit.api().taskDefinitions().describe(TaskDefinitionRef.of("defaults", 1)).get().get();

        ContainerDefinition web = described.definition().containerDefinitions().head();
        assertThat(web.cpu()).contains(0);
        assertThat(web.essential()).contains(true);
        assertThat(web.portMappings().head().protocol()).contains(TransportProtocol.TCP);
        assertThat(web.portMappings().head().hostPort()).contains(80);
        HealthCheck hc = web.healthCheck().get();
        assertThat(hc.interval()).contains(30);
        assertThat(hc.timeout()).contains(5);
        assertThat(hc.retries()).contains(3);
        assertThat(hc.startPeriod()).isEmpty();
        assertThat(described.definition()).isEqualTo(TaskDefinitionDefaults.stored(minimalFargate()));
    }

    @Test
    void taskDefinitionDefaults_register_answersTheStoredForm() {
        RegisteredTaskDefinition registered = kit.api().taskDefinitions().register(minimalFargate()).get();

        assertThat(registered.definition()).isEqualTo(TaskDefinitionDefaults.stored(minimalFargate()));
    }
}
