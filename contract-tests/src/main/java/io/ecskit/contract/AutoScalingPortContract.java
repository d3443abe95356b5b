package io.ecskit.contract;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.scaling.DeleteScalingPolicyRequest;
import io.ecskit.domain.scaling.DeregisterScalableTargetRequest;
import io.ecskit.domain.scaling.DescribeScalableTargetsRequest;
import io.ecskit.domain.scaling.DescribeScalingActivitiesRequest;
import io.ecskit.domain.scaling.DescribeScalingPoliciesRequest;
import io.ecskit.domain.scaling.MetricType;
import io.ecskit.domain.scaling.PolicyType;
import io.ecskit.domain.scaling.PredefinedMetricSpecification;
import io.ecskit.domain.scaling.PutScalingPolicyRequest;
import io.ecskit.domain.scaling.RegisterScalableTargetRequest;
import io.ecskit.domain.scaling.ScalableDimension;
import io.ecskit.domain.scaling.ScalableTarget;
import io.ecskit.domain.scaling.ServiceNamespace;
import io.ecskit.domain.scaling.TargetTrackingScalingPolicyConfiguration;
import io.ecskit.port.out.AutoScalingPort;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AutoScalingPort: Application Auto Scaling of an ECS service's desired count (issue 25 item 5): targets registered,
 * described, tagged and deregistered; Application Auto Scaling's refusals; a target tracking policy that scales the
 * service under scripted load on the clock.
 */
public abstract class AutoScalingPortContract extends ContractTest {

    private AutoScalingPort scaling() {
        requires(Capability.APPLICATION_AUTO_SCALING);
        return kit.api().autoScaling();
    }

    /** A cluster and a service of {@code desired} Fargate tasks; its resource id. */
    private String service(int desired) {
        ClusterName cluster = fixtures.cluster();
        ServiceName name = fixtures.serviceName();
        String family = fixtures.family();
        right(kit.api().taskDefinitions().register(fixtures.fargate(family)));
        right(kit.api().services().create(fixtures.service(cluster, name, TaskDefinitionRef.latest(family), desired).build()));
        return "service/" + cluster.value() + "/" + name.value();
    }

    private static RegisterScalableTargetRequest register(String id, Integer min, Integer max) {
        return RegisterScalableTargetRequest.builder().serviceNamespace(ServiceNamespace.ECS).resourceId(id)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).minCapacity(Option.of(min)).maxCapacity(Option.of(max)).build();
    }

    private static void assertCode(Either<EcsError, ?> either, String code) {
        assertThat(either.isLeft()).as("expected %s but got %s", code, either).isTrue();
        assertThat(either.getLeft().code()).isEqualTo(code);
    }

    @Test
    void aTarget_isRegisteredDescribedTaggedAndDeregistered() {
        AutoScalingPort scaling = scaling();
        String id = service(1);

        String arn = right(scaling.registerScalableTarget(register(id, 1, 3).toBuilder().tags(HashMap.of("team", "shop")).build()));
        right(scaling.registerScalableTarget(register(id, null, 5)));
        right(scaling.tagResource(arn, HashMap.of("tier", "web")));

        ScalableTarget target = right(scaling.scalableTargets(DescribeScalableTargetsRequest.builder().serviceNamespace(ServiceNamespace.ECS)
                .resourceIds(List.of(id)).build())).single();
        assertThat(target.scalableTargetARN()).contains(arn);
        assertThat(arn).startsWith("arn:aws:application-autoscaling:" + kit.region() + ":" + kit.accountId() + ":scalable-target/");
        assertThat(target.minCapacity()).as("kept when left out").isEqualTo(1);
        assertThat(target.maxCapacity()).isEqualTo(5);
        assertThat(target.suspendedState().flatMap(s -> s.dynamicScalingInSuspended())).contains(false);
        assertThat(right(scaling.tags(arn)).toJavaMap(t -> t)).containsEntry("team", "shop").containsEntry("tier", "web");

        right(scaling.deregisterScalableTarget(new DeregisterScalableTargetRequest(ServiceNamespace.ECS, id, ScalableDimension.ECS_SERVICE_DESIREDCOUNT)));
        assertThat(right(scaling.scalableTargets(DescribeScalableTargetsRequest.builder().serviceNamespace(ServiceNamespace.ECS)
                .resourceIds(List.of(id)).build()))).isEmpty();
    }

    @Test
    void applicationAutoScaling_refusesWhatItRefuses_withItsCodes() {
        AutoScalingPort scaling = scaling();
        String id = service(1);
        String missing = id + "-nope";

        assertCode(scaling.registerScalableTarget(register(missing, 1, 2)), "ValidationException");
        assertThat(scaling.registerScalableTarget(register(missing, 1, 2)).getLeft().message()).isEqualTo("ECS service doesn't exist: " + missing);
        assertCode(scaling.registerScalableTarget(register(id, 3, 2)), "ValidationException");
        assertCode(scaling.registerScalableTarget(register(id, null, null)), "ValidationException");
        var unregistered = scaling.putScalingPolicy(cpu(id, "cpu"));
        assertCode(unregistered, "ObjectNotFoundException");
        assertThat(unregistered.getLeft().message()).isEqualTo("No scalable target registered for service namespace: ecs, resource ID: " + id
                + ", scalable dimension: ecs:service:DesiredCount");
        right(scaling.registerScalableTarget(register(id, 1, 2)));
        assertCode(scaling.deleteScalingPolicy(new DeleteScalingPolicyRequest("nope", ServiceNamespace.ECS, id, ScalableDimension.ECS_SERVICE_DESIREDCOUNT)),
                "ObjectNotFoundException");
        right(scaling.deregisterScalableTarget(new DeregisterScalableTargetRequest(ServiceNamespace.ECS, id, ScalableDimension.ECS_SERVICE_DESIREDCOUNT)));
    }

    private static PutScalingPolicyRequest cpu(String id, String name) {
        return PutScalingPolicyRequest.builder().policyName(name).serviceNamespace(ServiceNamespace.ECS).resourceId(id)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).policyType(PolicyType.TARGET_TRACKING_SCALING)
                .targetTrackingScalingPolicyConfiguration(TargetTrackingScalingPolicyConfiguration.builder().targetValue(50.0)
                        .predefinedMetricSpecification(PredefinedMetricSpecification.builder()
                                .predefinedMetricType(MetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION).build())
                        .scaleOutCooldown(60).scaleInCooldown(60).build()).build();
    }

    @Test
    void aTargetTrackingPolicy_scalesTheServiceOut_underLoad() {
        AutoScalingPort scaling = scaling();
        requires(Capability.TASK_LIFECYCLE);
        requires(Capability.ALARM_EVALUATION);
        requires(Capability.FAULT_INJECTION);
        String id = service(1);
        backend.passTime(Duration.ofMinutes(2));
        right(scaling.registerScalableTarget(register(id, 1, 4)));
        var policy = right(scaling.putScalingPolicy(cpu(id, "cpu50")));
        assertThat(policy.alarms()).hasSize(2);
        String[] parts = id.split("/");
        backend.serviceLoad(new ClusterName(parts[1]), parts[2], 90, 20);

        backend.passTime(Duration.ofMinutes(7));

        int desired = right(kit.api().services().describe(new ClusterName(parts[1]), List.of(new ServiceName(parts[2])))).found().single().desiredCount();
        assertThat(desired).isEqualTo(2);
        var activity = right(scaling.scalingActivities(DescribeScalingActivitiesRequest.builder().serviceNamespace(ServiceNamespace.ECS)
                .resourceId(id).build())).head();
        assertThat(activity.description()).isEqualTo("Setting desired count to 2.");
        assertThat(right(scaling.scalingPolicies(DescribeScalingPoliciesRequest.builder().serviceNamespace(ServiceNamespace.ECS).resourceId(id)
                .build())).single().alarms()).isEqualTo(policy.alarms());
        right(scaling.deregisterScalableTarget(new DeregisterScalableTargetRequest(ServiceNamespace.ECS, id, ScalableDimension.ECS_SERVICE_DESIREDCOUNT)));
    }
}
