package io.ecskit.mapping;

import io.ecskit.domain.ErrorKind;
import io.ecskit.domain.JsonText;
import io.ecskit.domain.Violation;
import io.ecskit.domain.service.DeploymentLifecycleHook;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.taskdef.ContainerDefinition;
import io.ecskit.domain.taskdef.NetworkMode;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.Secret;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SdkMappingTest {

    @Test
    void toDomain_everyProblem_isReportedWithItsPathAndAwsWording() {
        RegisterTaskDefinitionRequest request = RegisterTaskDefinitionRequest.builder()
                .networkMode("awsvpcc")
                .containerDefinitions(c -> c.name("web").secrets(Secret.builder().name("DB").build()))
                .build();

        var problems = SdkMapping.toDomain(request, TaskDefinition.class).getLeft();

        assertThat(problems).containsExactlyInAnyOrder(
                Violation.paramValidation("family", "Missing required parameter in input: \"family\""),
                Violation.invalidParameter("networkMode", "1 validation error detected: Value 'awsvpcc' at 'networkMode' "
                        + "failed to satisfy constraint: Member must satisfy enum value set: [bridge, host, awsvpc, none]"),
                Violation.paramValidation("containerDefinitions[0].secrets[0].valueFrom",
                        "Missing required parameter in containerDefinitions[0].secrets[0]: \"valueFrom\""));
        assertThat(problems.map(Violation::kind)).contains(ErrorKind.PARAM_VALIDATION, ErrorKind.INVALID_PARAMETER_EXCEPTION);
    }

    @Test
    void toDomain_malformedArnFromAws_isReportedAtItsPath_andFromAwsThrowsTyped() {
        var describe = software.amazon.awssdk.services.ecs.model.TaskDefinition.builder()
                .family("web").taskDefinitionArn("not-an-arn").revision(1).status("ACTIVE").build();

        assertThat(SdkMapping.toDomain(describe, RegisteredTaskDefinition.class).getLeft().map(Violation::path))
                .containsExactly("taskDefinitionArn");
        assertThatThrownBy(() -> SdkMapping.fromAws(describe, RegisteredTaskDefinition.class))
                .isInstanceOf(UnmappableResponseException.class)
                .hasMessageContaining("taskDefinitionArn");
    }

    @Test
    void updateLists_absentStayAbsent_emptyMeansRemoveAll() {
        UpdateServiceRequest absent = UpdateServiceRequest.builder().service("web").build();
        UpdateServiceRequest cleared = UpdateServiceRequest.builder().service("web").loadBalancers(java.util.List.of()).build();

        ServiceUpdate keep = SdkMapping.toDomain(absent, ServiceUpdate.class).get();
        ServiceUpdate remove = SdkMapping.toDomain(cleared, ServiceUpdate.class).get();

        assertThat(keep.loadBalancers()).isEmpty();
        assertThat(remove.loadBalancers().get()).isEmpty();
        assertThat(SdkMapping.toSdk(keep, UpdateServiceRequest.class).hasLoadBalancers()).isFalse();
        assertThat(SdkMapping.toSdk(remove, UpdateServiceRequest.class).hasLoadBalancers()).isTrue();
    }

    @Test
    void documents_areCompactJsonText_bothWays() {
        var hook = software.amazon.awssdk.services.ecs.model.DeploymentLifecycleHook.builder()
                .lifecycleStagesWithStrings("PRE_SCALE_UP")
                .hookDetails(Document.fromMap(Map.of("stage", Document.fromString("blue"))))
                .build();

        DeploymentLifecycleHook model = SdkMapping.toDomain(hook, DeploymentLifecycleHook.class).get();

        assertThat(model.hookDetails()).contains(new JsonText("{\"stage\":\"blue\"}"));
        assertThat(SdkMapping.toSdk(model, software.amazon.awssdk.services.ecs.model.DeploymentLifecycleHook.class))
                .isEqualTo(hook);
    }

    @Test
    void toSdk_enumsAreAwsSpellings_andEmptyListsAreLeftOut() {
        TaskDefinition td = TaskDefinition.builder().family("web").networkMode(NetworkMode.AWSVPC)
                .addContainerDefinitions(ContainerDefinition.builder().name("web").image("nginx").build()).build();

        RegisterTaskDefinitionRequest request = SdkMapping.toSdk(td, RegisterTaskDefinitionRequest.class);

        assertThat(request.networkModeAsString()).isEqualTo("awsvpc");
        assertThat(request.hasVolumes()).isFalse();
        assertThat(request.containerDefinitions().get(0).hasPortMappings()).isFalse();
    }
}
