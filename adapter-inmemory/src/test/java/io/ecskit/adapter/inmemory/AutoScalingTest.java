package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.metrics.AlarmSpec;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.metrics.MetricAlarm;
import io.ecskit.domain.scaling.AdjustmentType;
import io.ecskit.domain.scaling.DeleteScalingPolicyRequest;
import io.ecskit.domain.scaling.DeregisterScalableTargetRequest;
import io.ecskit.domain.scaling.DescribeScalableTargetsRequest;
import io.ecskit.domain.scaling.DescribeScalingActivitiesRequest;
import io.ecskit.domain.scaling.MetricType;
import io.ecskit.domain.scaling.PolicyType;
import io.ecskit.domain.scaling.PredefinedMetricSpecification;
import io.ecskit.domain.scaling.PutScalingPolicyRequest;
import io.ecskit.domain.scaling.PutScalingPolicyResponse;
import io.ecskit.domain.scaling.PutScheduledActionRequest;
import io.ecskit.domain.scaling.RegisterScalableTargetRequest;
import io.ecskit.domain.scaling.ScalableDimension;
import io.ecskit.domain.scaling.ScalableTargetAction;
import io.ecskit.domain.scaling.ScalingActivity;
import io.ecskit.domain.scaling.ServiceNamespace;
import io.ecskit.domain.scaling.StepAdjustment;
import io.ecskit.domain.scaling.StepScalingPolicyConfiguration;
import io.ecskit.domain.scaling.TargetTrackingScalingPolicyConfiguration;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Application Auto Scaling in the simulation (issue 25 item 5): target tracking scales the service's desired count out
 * under load and back in when it eases, through the CloudWatch alarms it makes; scale-in waits for ECS deployments; step
 * scaling runs the step the alarm's breach falls in; scheduled actions set the range at their time in their time zone;
 * Application Auto Scaling's checks and words.
 */
class AutoScalingTest {

    private static final String ID = "service/sim/web";

    private static RegisterScalableTargetRequest register(Integer min, Integer max) {
        return RegisterScalableTargetRequest.builder().serviceNamespace(ServiceNamespace.ECS).resourceId(ID)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).minCapacity(Option.of(min)).maxCapacity(Option.of(max)).build();
    }

    private static PutScalingPolicyRequest cpuTarget(double target) {
        return PutScalingPolicyRequest.builder().policyName("cpu" + (int) target).serviceNamespace(ServiceNamespace.ECS).resourceId(ID)
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).policyType(PolicyType.TARGET_TRACKING_SCALING)
                .targetTrackingScalingPolicyConfiguration(TargetTrackingScalingPolicyConfiguration.builder().targetValue(target)
                        .predefinedMetricSpecification(PredefinedMetricSpecification.builder()
                                .predefinedMetricType(MetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION).build())
                        .scaleOutCooldown(60).scaleInCooldown(60).build()).build();
    }

    private static int desired(InMemoryEcsKit kit) {
        return SimulatedRuntimeTest.service(kit).desiredCount();
    }

    private static List<ScalingActivity> activities(InMemoryEcsKit kit, boolean notScaled) {
        return kit.api().autoScaling().scalingActivities(DescribeScalingActivitiesRequest.builder().serviceNamespace(ServiceNamespace.ECS)
                .includeNotScaledActivities(notScaled).build()).get().toList();
    }

    private static InMemoryEcsKit running(int tasks) {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        SimulatedRuntimeTest.deploy(kit, tasks, DeploymentCircuitBreaker.DISABLED);
        kit.simulator().advance(Duration.ofMinutes(2));
        return kit;
    }

    @Test
    void targetTracking_scalesOutUnderLoad_andBackInWhenItEases_throughTheAlarmsItMade() {
        InMemoryEcsKit kit = running(1);
        kit.api().autoScaling().registerScalableTarget(register(1, 6)).get();
        PutScalingPolicyResponse made = kit.api().autoScaling().putScalingPolicy(cpuTarget(50)).get();

        // the alarms are CloudWatch's, as AWS makes them
        assertThat(made.policyARN()).matches("arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:[0-9a-f-]{36}:resource/ecs/service/sim/web:policyName/cpu50");
        assertThat(made.alarms().map(a -> a.alarmName())).allMatch(n -> n.matches("TargetTracking-service/sim/web-Alarm(High|Low)-[0-9a-f-]{36}"));
        List<MetricAlarm> alarms = kit.api().metrics().alarms(made.alarms().map(a -> a.alarmName()), Option.none(), Option.none()).get().toList();
        MetricAlarm high = alarms.find(a -> a.spec().alarmName().contains("AlarmHigh")).get();
        MetricAlarm low = alarms.find(a -> a.spec().alarmName().contains("AlarmLow")).get();
        assertThat(high.spec().threshold()).isEqualTo(50.0);
        assertThat(high.spec().evaluationPeriods()).isEqualTo(3);
        assertThat(high.spec().comparisonOperator()).isEqualTo("GreaterThanThreshold");
        assertThat(low.spec().threshold()).isEqualTo(45.0);
        assertThat(low.spec().evaluationPeriods()).isEqualTo(15);
        assertThat(high.spec().dimensions()).containsExactly(new Dimension("ClusterName", "sim"), new Dimension("ServiceName", "web"));
        assertThat(high.spec().alarmActions().single()).startsWith(made.policyARN() + ":createdBy/");
        assertThat(high.spec().description().get()).startsWith("DO NOT EDIT OR DELETE. For TargetTrackingScaling policy " + made.policyARN());

        // 90% on one task: 3 minutes above 50% → ceil(1 × 90 / 50) = 2 tasks, each then at 45%
        kit.simulator().serviceLoad(SimulatedRuntimeTest.CLUSTER, SimulatedRuntimeTest.SERVICE, 90, 30);
        kit.simulator().advance(Duration.ofMinutes(6));
        assertThat(desired(kit)).isEqualTo(2);
        kit.simulator().advance(Duration.ofMinutes(5));
        assertThat(desired(kit)).as("settled at the target: no more scaling").isEqualTo(2);
        assertThat(SimulatedRuntimeTest.service(kit).runningCount()).isEqualTo(2);
        ScalingActivity out = activities(kit, false).head();
        assertThat(out.description()).isEqualTo("Setting desired count to 2.");
        assertThat(out.cause()).isEqualTo("monitor alarm " + high.spec().alarmName() + " in state ALARM triggered policy cpu50");
        assertThat(out.statusMessage()).contains("Successfully set desired count to 2. Change successfully fulfilled by ecs.");

        // the load eases to 10% a task: 15 minutes below 45% → back to ceil(2 × 10 / 50) = 1
        kit.simulator().serviceLoad(SimulatedRuntimeTest.CLUSTER, SimulatedRuntimeTest.SERVICE, 10, 30);
        kit.simulator().advance(Duration.ofMinutes(12));
        assertThat(desired(kit)).as("not before 15 datapoints").isEqualTo(2);
        kit.simulator().advance(Duration.ofMinutes(6));
        assertThat(desired(kit)).isEqualTo(1);
        assertThat(activities(kit, false).head().cause()).contains(low.spec().alarmName());

        // at the minimum: a not-scaled activity, shown only when asked for
        kit.simulator().advance(Duration.ofMinutes(3));
        assertThat(activities(kit, false)).hasSize(2);
        ScalingActivity notScaled = activities(kit, true).head();
        assertThat(notScaled.notScaledReasons().single().code()).isEqualTo("AlreadyAtMinCapacity");
        assertThat(notScaled.notScaledReasons().single().minCapacity()).contains(1);
    }

    @Test
    void scaleIn_waitsWhileAnEcsDeploymentIsInProgress_scaleOutDoesNot() {
        InMemoryEcsKit kit = running(3);
        kit.api().autoScaling().registerScalableTarget(register(1, 6)).get();
        kit.api().autoScaling().putScalingPolicy(cpuTarget(50)).get();
        kit.simulator().serviceLoad(SimulatedRuntimeTest.CLUSTER, SimulatedRuntimeTest.SERVICE, 5, 5);
        // a deployment that cannot finish (its image never pulls) stays in progress
        kit.simulator().failImagePull(SimulatedRuntimeTest.BAD);
        SimulatedRuntimeTest.redeploy(kit, SimulatedRuntimeTest.BAD);

        kit.simulator().advance(Duration.ofMinutes(25));

        assertThat(SimulatedRuntimeTest.service(kit).deployments()).hasSizeGreaterThan(1);
        assertThat(desired(kit)).as("scale-in is off during the deployment").isEqualTo(3);
        assertThat(activities(kit, false)).isEmpty();
    }

    @Test
    void stepScaling_runsTheStepTheAlarmsBreachFallsIn_andTheAlarmsActionIsThePolicy() {
        InMemoryEcsKit kit = running(1);
        kit.api().autoScaling().registerScalableTarget(register(1, 5)).get();
        String arn = kit.api().autoScaling().putScalingPolicy(PutScalingPolicyRequest.builder().policyName("steps")
                .serviceNamespace(ServiceNamespace.ECS).resourceId(ID).scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT)
                .policyType(PolicyType.STEP_SCALING).stepScalingPolicyConfiguration(StepScalingPolicyConfiguration.builder()
                        .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY).cooldown(60)
                        .stepAdjustments(List.of(new StepAdjustment(Option.of(0.0), Option.of(20.0), 1),
                                new StepAdjustment(Option.of(20.0), Option.none(), 3))).build()).build()).get().policyARN();
        kit.api().metrics().putMetricAlarm(new AlarmSpec("web-cpu", Option.none(), "AWS/ECS", "CPUUtilization",
                List.of(new Dimension("ClusterName", "sim"), new Dimension("ServiceName", "web")), "Average", 60, 1, Option.none(), 50,
                "GreaterThanThreshold", Option.none(), Option.none(), List.of(arn), List.empty())).get();

        kit.simulator().serviceLoad(SimulatedRuntimeTest.CLUSTER, SimulatedRuntimeTest.SERVICE, 80, 30);
        kit.simulator().advance(Duration.ofMinutes(2));

        // 80% is 30 above the threshold: the second step, +3
        assertThat(desired(kit)).isEqualTo(4);
        assertThat(activities(kit, false).head().cause()).isEqualTo("monitor alarm web-cpu in state ALARM triggered policy steps");

        // SNS and other actions are not run by ecskit: refused by name, not dropped
        var other = kit.api().metrics().putMetricAlarm(AlarmSpec.of("x", "App", "Errors", List.empty(), "Sum", "GreaterThanThreshold", 1, 1)
                .withAlarmActions(List.of("arn:aws:sns:us-east-1:123456789012:ops")));
        assertThat(other.getLeft().message()).contains("AlarmActions other than Application Auto Scaling policies");
    }

    @Test
    void aScheduledAction_setsTheRangeAtItsTime_inItsTimeZone_andBringsTheServiceInside() {
        InMemoryEcsKit kit = running(1);
        kit.api().autoScaling().registerScalableTarget(register(1, 6)).get();
        Instant now = kit.clock().instant();
        // 10 minutes from now, written as Berlin's wall-clock time
        String berlin = java.time.LocalDateTime.ofInstant(now.plus(Duration.ofMinutes(10)), java.time.ZoneId.of("Europe/Berlin"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        kit.api().autoScaling().putScheduledAction(PutScheduledActionRequest.builder().serviceNamespace(ServiceNamespace.ECS)
                .scheduledActionName("business-hours").resourceId(ID).scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT)
                .schedule("at(" + berlin + ")").timezone("Europe/Berlin")
                .scalableTargetAction(new ScalableTargetAction(Option.of(3), Option.none())).build()).get();

        kit.simulator().advance(Duration.ofMinutes(9));
        assertThat(desired(kit)).isEqualTo(1);
        kit.simulator().advance(Duration.ofMinutes(2));

        assertThat(desired(kit)).isEqualTo(3);
        assertThat(kit.api().autoScaling().scalableTargets(DescribeScalableTargetsRequest.builder().serviceNamespace(ServiceNamespace.ECS)
                .build()).get().single().minCapacity()).isEqualTo(3);
        List<ScalingActivity> done = activities(kit, false);
        assertThat(done.map(ScalingActivity::cause)).containsExactly("minimum capacity was set to 3", "scheduled action name business-hours was triggered");
        assertThat(done.last().description()).isEqualTo("Setting min capacity to 3");
    }

    @Test
    void checks_inApplicationAutoScalingsWords() {
        InMemoryEcsKit kit = running(1);
        var scaling = kit.api().autoScaling();

        assertThat(scaling.registerScalableTarget(register(1, 2).toBuilder().resourceId("service/sim/nope").build()).getLeft().message())
                .isEqualTo("ECS service doesn't exist: service/sim/nope");
        assertThat(scaling.registerScalableTarget(register(null, null)).getLeft().message())
                .isEqualTo(EcsRule.SCALING_NEW_TARGET_CAPACITY.message());
        assertThat(scaling.registerScalableTarget(register(5, 2)).getLeft().message()).isEqualTo(EcsRule.SCALING_CAPACITY_RANGE.message());
        assertThat(scaling.registerScalableTarget(register(1, 2).toBuilder().resourceId("cluster/sim").build()).getLeft().message())
                .isEqualTo("Unsupported service namespace, resource type or scalable dimension");
        assertThat(scaling.registerScalableTarget(register(1, 2).toBuilder().serviceNamespace(ServiceNamespace.DYNAMODB).build()).getLeft().message())
                .contains("not dynamodb");
        var unregistered = scaling.putScalingPolicy(cpuTarget(50));
        assertThat(unregistered.getLeft().code()).isEqualTo("ObjectNotFoundException");
        assertThat(unregistered.getLeft().message()).isEqualTo("No scalable target registered for service namespace: ecs, resource ID: "
                + "service/sim/web, scalable dimension: ecs:service:DesiredCount");

        scaling.registerScalableTarget(register(1, 2)).get();
        PutScalingPolicyResponse made = scaling.putScalingPolicy(cpuTarget(50)).get();
        var changedType = scaling.putScalingPolicy(cpuTarget(50).toBuilder().policyType(PolicyType.STEP_SCALING)
                .targetTrackingScalingPolicyConfiguration(Option.none()).stepScalingPolicyConfiguration(StepScalingPolicyConfiguration.builder()
                        .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY).stepAdjustments(List.of(new StepAdjustment(Option.of(0.0), Option.none(), 1)))
                        .build()).build());
        assertThat(changedType.getLeft().message()).isEqualTo(EcsRule.SCALING_POLICY_TYPE_KEPT.message());
        var alb = scaling.putScalingPolicy(cpuTarget(60).toBuilder().targetTrackingScalingPolicyConfiguration(
                TargetTrackingScalingPolicyConfiguration.builder().targetValue(100.0).predefinedMetricSpecification(PredefinedMetricSpecification
                        .builder().predefinedMetricType(MetricType.ALB_REQUEST_COUNT_PER_TARGET).resourceLabel("app/lb/1/targetgroup/tg/2").build())
                        .build()).build());
        assertThat(alb.getLeft().message()).as("no such load balancer and target group here")
                .isEqualTo("The scaling request is not valid: ResourceLabel app/lb/1/targetgroup/tg/2 does not name a target group of an"
                        + " Application Load Balancer that forwards to it in us-east-1");
        var unlabelled = scaling.putScalingPolicy(cpuTarget(60).toBuilder().targetTrackingScalingPolicyConfiguration(
                TargetTrackingScalingPolicyConfiguration.builder().targetValue(100.0).predefinedMetricSpecification(PredefinedMetricSpecification
                        .builder().predefinedMetricType(MetricType.ALB_REQUEST_COUNT_PER_TARGET).build()).build()).build());
        assertThat(unlabelled.getLeft().message()).endsWith("ResourceLabel is required for the predefined metric type ALBRequestCountPerTarget");
        var misshapen = scaling.putScalingPolicy(cpuTarget(60).toBuilder().targetTrackingScalingPolicyConfiguration(
                TargetTrackingScalingPolicyConfiguration.builder().targetValue(100.0).predefinedMetricSpecification(PredefinedMetricSpecification
                        .builder().predefinedMetricType(MetricType.ALB_REQUEST_COUNT_PER_TARGET).resourceLabel("targetgroup/tg/2").build()).build()).build());
        assertThat(misshapen.getLeft().code()).isEqualTo("ValidationException");
        assertThat(misshapen.getLeft().message()).contains("app/<load-balancer-name>/<load-balancer-id>/targetgroup/");
        var noPolicy = scaling.deleteScalingPolicy(new DeleteScalingPolicyRequest("nope", ServiceNamespace.ECS, ID, ScalableDimension.ECS_SERVICE_DESIREDCOUNT));
        assertThat(noPolicy.getLeft().code()).isEqualTo("ObjectNotFoundException");

        // deregistering takes the policies and their alarms with it
        scaling.deregisterScalableTarget(new DeregisterScalableTargetRequest(ServiceNamespace.ECS, ID, ScalableDimension.ECS_SERVICE_DESIREDCOUNT)).get();
        assertThat(kit.api().metrics().alarms(made.alarms().map(a -> a.alarmName()), Option.none(), Option.none()).get()).isEmpty();
        assertThat(scaling.deregisterScalableTarget(new DeregisterScalableTargetRequest(ServiceNamespace.ECS, ID,
                ScalableDimension.ECS_SERVICE_DESIREDCOUNT)).getLeft().code()).isEqualTo("ObjectNotFoundException");
    }

    @Test
    void aCronInADaylightSavingZone_firesAtItsWallClockTime_acrossTheChange_andMovesOn() {
        var nineOClock = Schedules.parse("cron(0 9 * * ? *)", java.time.ZoneId.of("America/New_York")).get();
        Instant created = Instant.parse("2025-10-01T00:00:00Z");
        // 9:00 EDT (UTC-4) on the Saturday, 9:00 EST (UTC-5) on the Sunday the clocks go back, then the Monday
        assertThat(nineOClock.after(Instant.parse("2025-11-01T12:00:00Z"), created)).contains(Instant.parse("2025-11-01T13:00:00Z"));
        assertThat(nineOClock.after(Instant.parse("2025-11-01T13:00:00Z"), created)).contains(Instant.parse("2025-11-02T14:00:00Z"));
        assertThat(nineOClock.after(Instant.parse("2025-11-02T14:00:00Z"), created)).contains(Instant.parse("2025-11-03T14:00:00Z"));
    }

    @Test
    void stepScaling_waitsOutItsCooldown_countingWhatTheLastScaleOutAdded() {
        InMemoryEcsKit kit = running(1);
        kit.api().autoScaling().registerScalableTarget(register(1, 10)).get();
        String arn = kit.api().autoScaling().putScalingPolicy(PutScalingPolicyRequest.builder().policyName("plus-one")
                .serviceNamespace(ServiceNamespace.ECS).resourceId(ID).scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT)
                .policyType(PolicyType.STEP_SCALING).stepScalingPolicyConfiguration(StepScalingPolicyConfiguration.builder()
                        .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY).cooldown(300)
                        .stepAdjustments(List.of(new StepAdjustment(Option.of(0.0), Option.none(), 1))).build()).build()).get().policyARN();
        kit.api().metrics().putMetricAlarm(AlarmSpec.of("queue-deep", "Shop", "QueueDepth", List.empty(), "Maximum", "GreaterThanThreshold", 100, 1)
                .withAlarmActions(List.of(arn))).get();

        // the queue stays deep: the alarm stays in ALARM and runs the policy every minute
        for (int minute = 0; minute < 4; minute++) {
            kit.api().metrics().putMetricData("Shop", List.of(io.ecskit.domain.metrics.MetricDatum.of("QueueDepth", 500))).get();
            kit.simulator().advance(Duration.ofMinutes(1));
        }
        assertThat(desired(kit)).as("+1 once within the 300 s cooldown").isEqualTo(2);
        for (int minute = 0; minute < 3; minute++) {
            kit.api().metrics().putMetricData("Shop", List.of(io.ecskit.domain.metrics.MetricDatum.of("QueueDepth", 500))).get();
            kit.simulator().advance(Duration.ofMinutes(1));
        }
        assertThat(desired(kit)).as("and again once it has passed").isEqualTo(3);
        assertThat(kit.api().autoScaling().scalingPolicies(io.ecskit.domain.scaling.DescribeScalingPoliciesRequest.builder()
                .serviceNamespace(ServiceNamespace.ECS).build()).get().single().alarms().map(a -> a.alarmName()))
                .as("a step policy lists the alarms that run it").containsExactly("queue-deep");
    }

    @Test
    void aCountEcsRefuses_isAFailedActivity_andTheServiceKeepsItsCount() {
        InMemoryEcsKit kit = running(1);
        kit.api().autoScaling().registerScalableTarget(register(6000, 7000)).get();

        assertThat(desired(kit)).isEqualTo(1);
        ScalingActivity failed = activities(kit, false).head();
        assertThat(failed.statusCode()).isEqualTo(io.ecskit.domain.scaling.ScalingActivityStatusCode.FAILED);
        assertThat(failed.statusMessage().get()).startsWith("Failed to set desired count to 6000. Reason: ");
    }

    @Test
    void anUpdatedScheduledAction_keepsItsTimezone_andATargetGoesWithItsService() {
        InMemoryEcsKit kit = running(1);
        var scaling = kit.api().autoScaling();
        scaling.registerScalableTarget(register(1, 6)).get();
        PutScheduledActionRequest night = PutScheduledActionRequest.builder().serviceNamespace(ServiceNamespace.ECS).scheduledActionName("night")
                .resourceId(ID).scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).schedule("cron(0 22 * * ? *)").timezone("Asia/Tokyo")
                .scalableTargetAction(new ScalableTargetAction(Option.none(), Option.of(2))).build();
        scaling.putScheduledAction(night).get();
        scaling.putScheduledAction(night.toBuilder().timezone(Option.none()).scalableTargetAction(new ScalableTargetAction(Option.none(),
                Option.of(3))).build()).get();
        var actions = scaling.scheduledActions(io.ecskit.domain.scaling.DescribeScheduledActionsRequest.builder().serviceNamespace(ServiceNamespace.ECS)
                .build()).get();
        assertThat(actions.single().timezone()).contains("Asia/Tokyo");

        kit.api().services().delete(SimulatedRuntimeTest.CLUSTER, SimulatedRuntimeTest.SERVICE, true).get();
        assertThat(scaling.scalableTargets(DescribeScalableTargetsRequest.builder().serviceNamespace(ServiceNamespace.ECS).build()).get()).isEmpty();
    }
    @Test
    void albRequestCountPerTarget_needsATargetGroupTheServiceUses() {
        InMemoryEcsKit kit = running(1);
        kit.api().autoScaling().registerScalableTarget(register(1, 4)).get();
        var lb = LoadBalancingTest.balancer(kit, "web");
        var tg = LoadBalancingTest.group(kit, "web", io.ecskit.domain.elb.TargetTypeEnum.IP);
        LoadBalancingTest.listener(kit, lb, tg);
        String label = lb.loadBalancerArn().get().replaceAll(".*:loadbalancer/", "") + "/" + tg.targetGroupArn().get().replaceAll(".*:", "");
        var refused = kit.api().autoScaling().putScalingPolicy(cpuTarget(60).toBuilder().targetTrackingScalingPolicyConfiguration(
                TargetTrackingScalingPolicyConfiguration.builder().targetValue(500.0).predefinedMetricSpecification(PredefinedMetricSpecification
                        .builder().predefinedMetricType(MetricType.ALB_REQUEST_COUNT_PER_TARGET).resourceLabel(label).build()).build()).build());
        assertThat(refused.getLeft().message()).contains("does not register its tasks in (its loadBalancers)");
    }
}
