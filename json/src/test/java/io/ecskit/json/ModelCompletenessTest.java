package io.ecskit.json;

import io.ecskit.mapping.SdkMapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceSpec;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.task.RunTaskSpec;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.taskdef.RegisteredTaskDefinition;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.ecs.model.CreateClusterRequest;
import software.amazon.awssdk.services.ecs.model.CreateServiceRequest;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.RunTaskRequest;
import software.amazon.awssdk.services.ecs.model.UpdateServiceRequest;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build fails when the SDK knows a field ecskit does not. For every root shape: every member
 * the SDK's model has (recursively) has a record component; every enum value the SDK knows is a
 * constant of the domain enum; and a sample with every member set survives SDK → domain → SDK and
 * JSON → domain → JSON unchanged.
 */
class ModelCompletenessTest {

    /**
     * Members left out on purpose, as {@code Shape.member}, each with its reason. A BOM bump that
     * adds members fails until they are mapped.
     */
    private static final Seq<String> LEFT_OUT = List.of(
            // ECS Express gateway services and ECS-managed resources: ecskit creates neither
            "ServiceRevision.resolvedConfiguration", "ServiceRevision.ecsManagedResources",
            // per-revision overrides of the runtime platform, set only by ECS-managed deployments
            "ServiceRevision.overrides");

    static Stream<Arguments> roots() {
        return Stream.of(
                Arguments.of(RegisterTaskDefinitionRequest.class, TaskDefinition.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.TaskDefinition.class, RegisteredTaskDefinition.class),
                Arguments.of(CreateServiceRequest.class, ServiceSpec.class),
                Arguments.of(UpdateServiceRequest.class, ServiceUpdate.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.Service.class, Service.class),
                Arguments.of(CreateClusterRequest.class, ClusterSpec.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.Cluster.class, Cluster.class),
                Arguments.of(RunTaskRequest.class, RunTaskSpec.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.CreateTaskSetRequest.class,
                        io.ecskit.domain.service.TaskSetSpec.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.TaskSet.class, io.ecskit.domain.service.TaskSet.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.RegisterDaemonTaskDefinitionRequest.class, io.ecskit.domain.daemon.DaemonTaskDefinitionSpec.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.DaemonTaskDefinition.class, io.ecskit.domain.daemon.DaemonTaskDefinition.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.DaemonTaskDefinitionSummary.class, io.ecskit.domain.daemon.DaemonTaskDefinitionSummary.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.CreateDaemonRequest.class, io.ecskit.domain.daemon.DaemonSpec.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.UpdateDaemonRequest.class, io.ecskit.domain.daemon.DaemonUpdate.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.DaemonDetail.class, io.ecskit.domain.daemon.DaemonDetail.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.DaemonSummary.class, io.ecskit.domain.daemon.DaemonSummary.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.DaemonDeployment.class, io.ecskit.domain.daemon.DaemonDeployment.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.DaemonDeploymentSummary.class, io.ecskit.domain.daemon.DaemonDeploymentSummary.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.DaemonRevision.class, io.ecskit.domain.daemon.DaemonRevision.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.CreateGatewayRequest.class, io.ecskit.domain.gateway.GatewaySpec.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.UpdateGatewayRequest.class, io.ecskit.domain.gateway.GatewayUpdate.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.CreateGatewayResponse.class, io.ecskit.domain.gateway.GatewayChange.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.Gateway.class, io.ecskit.domain.gateway.Gateway.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer.class, io.ecskit.domain.elb.LoadBalancer.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup.class, io.ecskit.domain.elb.TargetGroup.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener.class, io.ecskit.domain.elb.Listener.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule.class, io.ecskit.domain.elb.Rule.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription.class, io.ecskit.domain.elb.TargetHealthDescription.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest.class, io.ecskit.domain.elb.CreateLoadBalancerInput.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest.class, io.ecskit.domain.elb.CreateTargetGroupInput.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest.class, io.ecskit.domain.elb.CreateListenerInput.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest.class, io.ecskit.domain.elb.CreateRuleInput.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest.class, io.ecskit.domain.elb.ModifyTargetGroupInput.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest.class, io.ecskit.domain.elb.ModifyListenerInput.class),
                Arguments.of(software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleRequest.class, io.ecskit.domain.elb.ModifyRuleInput.class),
                Arguments.of(software.amazon.awssdk.services.ec2.model.Vpc.class, io.ecskit.domain.network.Vpc.class),
                Arguments.of(software.amazon.awssdk.services.ec2.model.Subnet.class, io.ecskit.domain.network.Subnet.class),
                Arguments.of(software.amazon.awssdk.services.ec2.model.SecurityGroup.class, io.ecskit.domain.network.SecurityGroup.class),
                Arguments.of(software.amazon.awssdk.services.ec2.model.CreateVpcRequest.class, io.ecskit.domain.network.CreateVpcRequest.class),
                Arguments.of(software.amazon.awssdk.services.ec2.model.CreateSubnetRequest.class, io.ecskit.domain.network.CreateSubnetRequest.class),
                Arguments.of(software.amazon.awssdk.services.ec2.model.CreateSecurityGroupRequest.class,
                        io.ecskit.domain.network.CreateSecurityGroupRequest.class),
                Arguments.of(software.amazon.awssdk.services.ec2.model.Filter.class, io.ecskit.domain.network.Filter.class),
                Arguments.of(software.amazon.awssdk.services.ec2.model.AvailabilityZone.class, io.ecskit.domain.network.AvailabilityZone.class),
                Arguments.of(software.amazon.awssdk.services.ecr.model.ReplicationConfiguration.class, io.ecskit.domain.ecr.ReplicationConfiguration.class),
                Arguments.of(software.amazon.awssdk.services.ecr.model.RegistryScanningConfiguration.class,
                        io.ecskit.domain.ecr.RegistryScanningConfiguration.class),
                Arguments.of(software.amazon.awssdk.services.ecr.model.PullThroughCacheRule.class, io.ecskit.domain.ecr.PullThroughCacheRule.class),
                Arguments.of(software.amazon.awssdk.services.ecr.model.RepositoryCreationTemplate.class,
                        io.ecskit.domain.ecr.RepositoryCreationTemplate.class),
                Arguments.of(software.amazon.awssdk.services.ecr.model.ImageReferrer.class, io.ecskit.domain.ecr.ImageReferrer.class),
                Arguments.of(software.amazon.awssdk.services.ecr.model.SigningConfiguration.class, io.ecskit.domain.ecr.SigningConfiguration.class),
                Arguments.of(software.amazon.awssdk.services.ecr.model.ImageSigningStatus.class, io.ecskit.domain.ecr.ImageSigningStatus.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.GatewaySummary.class, io.ecskit.domain.gateway.GatewaySummary.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.GatewayClusterAssociationSummary.class, io.ecskit.domain.gateway.GatewayClusterAssociationSummary.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.GatewayResources.class, io.ecskit.domain.gateway.GatewayResources.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.GatewayRoute.class, io.ecskit.domain.gateway.GatewayRoute.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.GatewayRouteSummary.class, io.ecskit.domain.gateway.GatewayRouteSummary.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.CreateExpressGatewayServiceRequest.class,
                        io.ecskit.domain.express.ExpressGatewayServiceSpec.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.UpdateExpressGatewayServiceRequest.class,
                        io.ecskit.domain.express.ExpressGatewayServiceUpdate.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.ECSExpressGatewayService.class,
                        io.ecskit.domain.express.ExpressGatewayService.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.UpdatedExpressGatewayService.class,
                        io.ecskit.domain.express.UpdatedExpressGatewayService.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.Task.class, Task.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.ServiceDeployment.class,
                        io.ecskit.domain.service.ServiceDeployment.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.ServiceDeploymentBrief.class,
                        io.ecskit.domain.service.ServiceDeploymentBrief.class),
                Arguments.of(software.amazon.awssdk.services.ecs.model.ServiceRevision.class,
                        io.ecskit.domain.service.ServiceRevision.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void everySdkMember_hasARecordComponent(Class<? extends SdkPojo> sdk, Class<?> domain) {
        assertThat(SdkMapping.unmapped(sdk, domain).removeAll(LEFT_OUT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void everySdkEnumValue_isADomainConstant(Class<? extends SdkPojo> sdk, Class<?> domain) {
        assertThat(ModelSamples.enumGaps(sdk, domain)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void sampleWithEveryMember_survivesSdkToDomainToSdk(Class<? extends SdkPojo> sdk, Class<?> domain) {
        SdkPojo sample = ModelSamples.everyMember(sdk, domain);

        Object model = SdkMapping.toDomain(sample, domain).get();
        SdkPojo back = SdkMapping.toSdk(model, sdk);

        assertThat(SdkJson.write(back, SdkJson.Timestamps.EPOCH_SECONDS))
                .isEqualTo(SdkJson.write(sample, SdkJson.Timestamps.EPOCH_SECONDS));
        assertThat(back).isEqualTo(sample);
        assertThat(ModelSamples.unsetMembers(sample).removeAll(LEFT_OUT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void sampleWithEveryMember_survivesJsonToDomainToJson(Class<? extends SdkPojo> sdk, Class<?> domain) {
        JsonNode json = SdkJson.write(ModelSamples.everyMember(sdk, domain), SdkJson.Timestamps.ISO_8601);

        SdkPojo read = ModelSamples.builder(sdk);
        assertThat(SdkJson.read(json, read, "")).isEmpty();
        Object model = SdkMapping.toDomain(ModelSamples.build(read), domain).get();

        assertThat(SdkJson.write(SdkMapping.toSdk(model, sdk), SdkJson.Timestamps.ISO_8601)).isEqualTo(json);
    }

    @Test
    void everyValueTypeOfTheModel_hasASample() {
        Seq<Class<?>> valueTypes = List.ofAll(roots().toList()).flatMap(root -> ModelSamples.valueTypes((Class<?>) root.get()[1])).distinct();

        assertThat(valueTypes.map(Class::getSimpleName)).contains("ServiceArn", "TaskDefinitionRef", "DeploymentId");
        assertThat(valueTypes.filter(t -> !ModelSamples.hasSample(t)).map(Class::getSimpleName)).isEmpty();
    }
}
