package io.ecskit.domain.scaling;

import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

import java.util.Objects;

/**
 * How a service's desired count scales (Application Auto Scaling), as a deploy applies it after creating or updating the
 * service: its scalable target (RegisterScalableTarget: {@code MinCapacity}, {@code MaxCapacity}, ...), the scaling
 * policies (PutScalingPolicy) and the scheduled actions (PutScheduledAction) to put on it. Each request's
 * ServiceNamespace is {@code ecs}, its ScalableDimension {@code ecs:service:DesiredCount}, and its ResourceId the service's,
 * {@code service/CLUSTER/SERVICE} ({@link #forService}). Puts only: a policy or scheduled action the service has and
 * this does not name is left as it is. Source: Application Auto Scaling API reference; ECS developer guide, "Automatically
 * scale your Amazon ECS service".
 *
 * @param target the scalable target: MinCapacity and MaxCapacity required, 0..MaxCapacity, MinCapacity at most MaxCapacity
 * @param policies the scaling policies, at most one per PolicyName
 * @param scheduledActions the scheduled actions, at most one per ScheduledActionName
 */
public record ServiceAutoScaling(RegisterScalableTargetRequest target, List<PutScalingPolicyRequest> policies,
                                 List<PutScheduledActionRequest> scheduledActions) {

    /** @throws NullPointerException when a part is null */
    public ServiceAutoScaling {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(scheduledActions, "scheduledActions");
    }

    /** Application Auto Scaling's resource id of an ECS service: {@code service/CLUSTER/SERVICE}. */
    public static String resourceId(ClusterName cluster, ServiceName service) {
        return "service/" + cluster.value() + "/" + service.value();
    }

    /** Every request aimed at the service's desired count. */
    public ServiceAutoScaling forService(ClusterName cluster, ServiceName service) {
        String id = resourceId(cluster, service);
        return new ServiceAutoScaling(
                target.toBuilder().serviceNamespace(ServiceNamespace.ECS).scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT)
                        .resourceId(id).build(),
                policies.map(p -> p.toBuilder().serviceNamespace(ServiceNamespace.ECS).scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT)
                        .resourceId(id).build()),
                scheduledActions.map(a -> a.toBuilder().serviceNamespace(ServiceNamespace.ECS)
                        .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).resourceId(id).build()));
    }

    /**
     * What a deploy refuses before it changes anything, the service using {@code targetGroupArns}: as {@link #violations()},
     * and a policy whose type and configuration disagree, an ALBRequestCountPerTarget policy whose ResourceLabel is missing
     * or names a target group the service's settings do not register its tasks in (what Application Auto Scaling would
     * refuse only after the service was changed; settings naming no load balancer leave the check to it).
     */
    public Seq<Violation> violations(Seq<String> targetGroupArns) {
        List<Violation> found = violations().toList();
        for (PutScalingPolicyRequest p : policies) {
            String at = "autoScaling.ScalingPolicies[" + p.policyName() + "]";
            PolicyType type = p.policyType().getOrElse(PolicyType.STEP_SCALING);
            if (type == PolicyType.TARGET_TRACKING_SCALING && p.targetTrackingScalingPolicyConfiguration().isEmpty()) {
                found = found.append(Violation.paramValidation(at, "a TargetTrackingScaling policy needs TargetTrackingScalingPolicyConfiguration"));
            }
            if (type == PolicyType.STEP_SCALING && p.stepScalingPolicyConfiguration().isEmpty()) {
                found = found.append(Violation.paramValidation(at, "a StepScaling policy needs StepScalingPolicyConfiguration"));
            }
            var predefined = p.targetTrackingScalingPolicyConfiguration().flatMap(c -> c.predefinedMetricSpecification())
                    .filter(m -> m.predefinedMetricType() == MetricType.ALB_REQUEST_COUNT_PER_TARGET);
            if (predefined.isDefined()) {
                var label = predefined.get().resourceLabel();
                if (label.isEmpty()) {
                    found = found.append(Violation.paramValidation(at, "ResourceLabel is required for the predefined metric type ALBRequestCountPerTarget"));
                } else if (!label.get().contains("/targetgroup/") || !targetGroupArns.isEmpty()
                        && targetGroupArns.forAll(arn -> !arn.endsWith(":" + label.get().substring(label.get().indexOf("/targetgroup/") + 1)))) {
                    found = found.append(Violation.paramValidation(at, "ResourceLabel " + label.get()
                            + " names no target group of the service's loadBalancers"));
                }
            }
        }
        return found;
    }

    /** What a deploy refuses before it changes anything: a range missing or upside down, a name given twice. */
    public Seq<Violation> violations() {
        List<Violation> found = List.empty();
        if (target.minCapacity().isEmpty()) {
            found = found.append(Violation.paramValidation("autoScaling.MinCapacity", "MinCapacity is required: the least the service scales in to"));
        }
        if (target.maxCapacity().isEmpty()) {
            found = found.append(Violation.paramValidation("autoScaling.MaxCapacity", "MaxCapacity is required: the most the service scales out to"));
        }
        if (target.minCapacity().exists(min -> min < 0) || target.maxCapacity().exists(max -> max < 0)) {
            found = found.append(Violation.paramValidation("autoScaling", "MinCapacity and MaxCapacity must be 0 or more"));
        }
        if (target.minCapacity().isDefined() && target.maxCapacity().isDefined() && target.minCapacity().get() > target.maxCapacity().get()) {
            found = found.append(Violation.paramValidation("autoScaling", "MinCapacity (" + target.minCapacity().get()
                    + ") must be at most MaxCapacity (" + target.maxCapacity().get() + ")"));
        }
        for (String twice : policies.map(PutScalingPolicyRequest::policyName).groupBy(n -> n).filter(g -> g._2.size() > 1).keySet().toList().sorted()) {
            found = found.append(Violation.paramValidation("autoScaling.ScalingPolicies", "PolicyName " + twice + " is given twice"));
        }
        for (String twice : scheduledActions.map(PutScheduledActionRequest::scheduledActionName).groupBy(n -> n).filter(g -> g._2.size() > 1)
                .keySet().toList().sorted()) {
            found = found.append(Violation.paramValidation("autoScaling.ScheduledActions", "ScheduledActionName " + twice + " is given twice"));
        }
        return found;
    }
}
