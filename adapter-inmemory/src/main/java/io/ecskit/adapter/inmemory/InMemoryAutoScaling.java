package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.metrics.AlarmSpec;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.metrics.MetricAlarm;
import io.ecskit.domain.scaling.AdjustmentType;
import io.ecskit.domain.scaling.Alarm;
import io.ecskit.domain.scaling.CustomizedMetricSpecification;
import io.ecskit.domain.scaling.DeleteScalingPolicyRequest;
import io.ecskit.domain.scaling.DeleteScheduledActionRequest;
import io.ecskit.domain.scaling.DeregisterScalableTargetRequest;
import io.ecskit.domain.scaling.DescribeScalableTargetsRequest;
import io.ecskit.domain.scaling.DescribeScalingActivitiesRequest;
import io.ecskit.domain.scaling.DescribeScalingPoliciesRequest;
import io.ecskit.domain.scaling.DescribeScheduledActionsRequest;
import io.ecskit.domain.scaling.MetricType;
import io.ecskit.domain.scaling.NotScaledReason;
import io.ecskit.domain.scaling.PolicyType;
import io.ecskit.domain.scaling.PutScalingPolicyRequest;
import io.ecskit.domain.scaling.PutScalingPolicyResponse;
import io.ecskit.domain.scaling.PutScheduledActionRequest;
import io.ecskit.domain.scaling.RegisterScalableTargetRequest;
import io.ecskit.domain.scaling.ScalableDimension;
import io.ecskit.domain.scaling.ScalableTarget;
import io.ecskit.domain.scaling.ScalingActivity;
import io.ecskit.domain.scaling.ScalingActivityStatusCode;
import io.ecskit.domain.scaling.ScalingPolicy;
import io.ecskit.domain.scaling.ScheduledAction;
import io.ecskit.domain.scaling.ServiceNamespace;
import io.ecskit.domain.scaling.StepAdjustment;
import io.ecskit.domain.scaling.StepScalingPolicyConfiguration;
import io.ecskit.domain.scaling.SuspendedState;
import io.ecskit.domain.scaling.TargetTrackingScalingPolicyConfiguration;
import io.ecskit.port.out.AutoScalingPort;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Application Auto Scaling of ECS services' desired count in memory (issue 25 item 5), with its checks and errors
 * (docs/ecs-rules.md, "Application Auto Scaling"). Target tracking makes CloudWatch alarms as AWS makes them
 * ({@code TargetTracking-service/C/S-AlarmHigh-<uuid>}: the metric above the target for 3 of 3 minutes;
 * {@code ...-AlarmLow-<uuid>}: below 90% of it for 15 of 15), each alarm's action is the policy; while an alarm is in
 * ALARM, CloudWatch runs the policy once per period, and the policy sets the desired count to
 * {@code ceil(running × metric / target)} within [MinCapacity, MaxCapacity], after its cooldowns (300 s each by
 * default), scaling in only when every target tracking policy of the target agrees and no ECS deployment is in
 * progress. Step scaling runs the step the alarm's breach falls in. Scheduled actions set MinCapacity/MaxCapacity at
 * their times and bring the desired count inside. Every change is a scaling activity with AWS's wording.
 */
final class InMemoryAutoScaling implements AutoScalingPort {

    static final String DIMENSION = "ecs:service:DesiredCount";
    private static final int DEFAULT_COOLDOWN = 300;
    private static final Pattern SERVICE_ID = Pattern.compile("service/([^/]+)/([^/]+)");
    private static final Pattern AT = Pattern.compile("at\\((\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\)");
    private static final Duration ACTIVITY_RETENTION = Duration.ofDays(42);
    private static final Pattern NAME_RESERVED = Pattern.compile("[:/|]");
    /** Cron's L, W and # (last day, nearest weekday, nth weekday): AWS takes them, ecskit's cron search does not. */
    private static final Pattern CRON_SPECIALS = Pattern.compile("^cron\\(.*[LW#].*\\)$");

    private final InMemoryState state;

    @Inject
    InMemoryAutoScaling(InMemoryState state) {
        this.state = state;
    }

    private ScalingState sc() {
        return state.scaling;
    }

    /** Whether an alarm action names an Application Auto Scaling policy (what ecskit's CloudWatch runs). */
    static boolean isPolicyArn(String action) {
        return action != null && action.startsWith("arn:aws:autoscaling:") && action.contains(":scalingPolicy:");
    }

    // ---- checks ------------------------------------------------------------------------------------------------

    /** The ecs namespace, its one dimension and a resource id of ECS's form. */
    private static Option<EcsError> supported(ServiceNamespace namespace, Option<ScalableDimension> dimension, Option<String> resourceId) {
        if (namespace != ServiceNamespace.ECS) {
            return Option.of(EcsError.of(EcsRule.SCALING_NAMESPACE_SIMULATED, namespace.wire()));
        }
        if (dimension.exists(d -> d != ScalableDimension.ECS_SERVICE_DESIREDCOUNT)
                || resourceId.exists(id -> !SERVICE_ID.matcher(id).matches())) {
            return Option.of(EcsError.of(EcsRule.SCALING_TARGET_SUPPORTED));
        }
        return Option.none();
    }

    /** One call: the namespace, dimension and resource id checked, the targets of deleted services gone, then {@code body}. */
    private <T> Either<EcsError, T> checked(String operation, ServiceNamespace namespace, Option<ScalableDimension> dimension,
                                            Option<String> resourceId, java.util.function.Supplier<Either<EcsError, T>> body) {
        return state.call(operation, () -> supported(namespace, dimension, resourceId).<Either<EcsError, T>>map(Either::left).getOrElse(() -> {
            prune();
            return body.get();
        }));
    }

    private static Option<EcsError> lengths(String... membersAndValues) {
        List<String> problems = List.empty();
        for (int i = 0; i < membersAndValues.length; i += 3) {
            String value = membersAndValues[i + 1];
            int max = Integer.parseInt(membersAndValues[i + 2]);
            if (value != null && (value.isEmpty() || value.length() > max)) {
                problems = problems.append(EcsRule.MEMBER_CONSTRAINT.message(" '" + value + "'", membersAndValues[i],
                        value.isEmpty() ? "have length greater than or equal to 1" : "have length less than or equal to " + max));
            }
        }
        return problems.isEmpty() ? Option.none() : Option.of(InMemoryIam.invalid(problems, "ValidationException"));
    }

    private Either<EcsError, ScalingState.TargetEntry> registered(String resourceId) {
        ScalingState.TargetEntry t = sc().targets.get(resourceId);
        return t == null ? Either.left(EcsError.of(EcsRule.SCALING_TARGET_REGISTERED, "ecs", resourceId, DIMENSION)) : Either.right(t);
    }

    /** The service a resource id names (any status), or null. */
    static ServiceState byName(InMemoryState state, String resourceId) {
        return resourceId.startsWith("service/") ? state.servicesByName.get(resourceId.substring("service/".length())) : null;
    }

    private ServiceState service(String resourceId) {
        Matcher m = SERVICE_ID.matcher(resourceId);
        if (!m.matches()) {
            return null;
        }
        ServiceState s = state.servicesByName.get(m.group(1) + "/" + m.group(2));
        return s != null && s.status == io.ecskit.domain.service.ServiceStatus.ACTIVE ? s : null;
    }

    /** Targets of services that were deleted go with them, as Application Auto Scaling removes them. */
    private void prune() {
        for (String id : List.ofAll(sc().targets.keySet())) {
            if (!sc().targets.get(id).scales(byName(state, id))) {
                remove(state, sc().targets.get(id));
            }
        }
    }

    private static void remove(InMemoryState state, ScalingState.TargetEntry t) {
        for (ScalingPolicy p : List.ofAll(t.policies.values())) {
            dropPolicy(state, t, p);
        }
        state.scaling.targets.remove(t.target.resourceId());
    }

    // ---- scalable targets -------------------------------------------------------------------------------------

    @Override
    public Either<EcsError, String> registerScalableTarget(RegisterScalableTargetRequest r) {
        return state.call("RegisterScalableTarget", () -> {
            prune();
            Option<EcsError> problem = supported(r.serviceNamespace(), Option.of(r.scalableDimension()), Option.none())
                    .orElse(() -> lengths("resourceId", r.resourceId(), "1600", "roleARN", r.roleARN().getOrNull(), "1600"))
                    .orElse(() -> negative(r.minCapacity(), "minCapacity").orElse(() -> negative(r.maxCapacity(), "maxCapacity")));
            if (problem.isDefined()) {
                return Either.left(problem.get());
            }
            if (!SERVICE_ID.matcher(r.resourceId()).matches()) {
                return Either.left(EcsError.of(EcsRule.SCALING_TARGET_SUPPORTED));
            }
            ServiceState s = service(r.resourceId());
            if (s == null) {
                return Either.left(EcsError.of(EcsRule.SCALING_SERVICE_EXISTS, r.resourceId()));
            }
            ScalingState.TargetEntry existing = sc().targets.get(r.resourceId());
            if (existing == null && (r.minCapacity().isEmpty() || r.maxCapacity().isEmpty())) {
                return Either.left(EcsError.of(EcsRule.SCALING_NEW_TARGET_CAPACITY));
            }
            int min = r.minCapacity().getOrElse(() -> existing.target.minCapacity());
            int max = r.maxCapacity().getOrElse(() -> existing.target.maxCapacity());
            if (min > max) {
                return Either.left(EcsError.of(EcsRule.SCALING_CAPACITY_RANGE));
            }
            Map<String, String> tags = existing == null ? r.tags() : existing.tags.merge(r.tags(), (a, b) -> b);
            if (tags.size() > 50) {
                return Either.left(EcsError.of(EcsRule.SCALING_TAGS_AT_MOST_FIFTY));
            }
            Instant now = state.now();
            SuspendedState suspended = merge(existing == null ? Option.none() : existing.target.suspendedState(), r.suspendedState());
            ScalableTarget target = ScalableTarget.builder().serviceNamespace(ServiceNamespace.ECS).resourceId(r.resourceId())
                    .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).minCapacity(min).maxCapacity(max)
                    .roleARN(r.roleARN().getOrElse(() -> existing != null ? existing.target.roleARN()
                            : "arn:aws:iam::" + state.account.value() + ":role/aws-service-role/ecs.application-autoscaling.amazonaws.com/"
                            + "AWSServiceRoleForApplicationAutoScaling_ECSService"))
                    .creationTime(existing == null ? now : existing.target.creationTime())
                    .suspendedState(suspended)
                    .scalableTargetARN(existing == null ? Option.of("arn:aws:application-autoscaling:" + state.region.code() + ":"
                            + state.account.value() + ":scalable-target/" + state.newId(36)) : existing.target.scalableTargetARN())
                    .build();
            ScalingState.TargetEntry entry = existing != null ? existing : new ScalingState.TargetEntry(target, tags, s);
            entry.target = target;
            entry.tags = tags;
            sc().targets.put(r.resourceId(), entry);
            // the service's desired count comes inside the range (registering re-reads it, given bounds or not)
            clamp(state, entry, s, now, "");
            return Either.right(target.scalableTargetARN().get());
        });
    }

    private static Option<EcsError> negative(Option<Integer> value, String member) {
        return value.filter(v -> v < 0).map(v -> InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + v + "'", member,
                "have value greater than or equal to 0")), "ValidationException"));
    }

    private static SuspendedState merge(Option<SuspendedState> before, Option<SuspendedState> given) {
        SuspendedState b = before.getOrElse(new SuspendedState(Option.of(false), Option.of(false), Option.of(false)));
        if (given.isEmpty()) {
            return b;
        }
        SuspendedState g = given.get();
        return new SuspendedState(g.dynamicScalingInSuspended().orElse(b.dynamicScalingInSuspended()),
                g.dynamicScalingOutSuspended().orElse(b.dynamicScalingOutSuspended()),
                g.scheduledScalingSuspended().orElse(b.scheduledScalingSuspended()));
    }

    private static boolean suspended(ScalingState.TargetEntry t, java.util.function.Function<SuspendedState, Option<Boolean>> flag) {
        return t.target.suspendedState().flatMap(flag).getOrElse(false);
    }

    @Override
    public Either<EcsError, Seq<ScalableTarget>> scalableTargets(DescribeScalableTargetsRequest r) {
        return checked("DescribeScalableTargets", r.serviceNamespace(), r.scalableDimension(), Option.none(), () -> {
            return Either.right(List.ofAll(sc().targets.values()).map(t -> t.target)
                    .filter(t -> r.resourceIds().isEmpty() || r.resourceIds().contains(t.resourceId())));
        });
    }

    @Override
    public Either<EcsError, Done> deregisterScalableTarget(DeregisterScalableTargetRequest r) {
        return checked("DeregisterScalableTarget", r.serviceNamespace(), Option.of(r.scalableDimension()), Option.of(r.resourceId()), () -> {
            ScalingState.TargetEntry t = sc().targets.get(r.resourceId());
            if (t == null) {
                return Either.left(EcsError.of(EcsRule.SCALING_TARGET_FOUND, "ecs", r.resourceId(), DIMENSION));
            }
            remove(state, t);
            return Either.right(Done.DONE);
        });
    }

    // ---- scaling policies -------------------------------------------------------------------------------------

    @Override
    public Either<EcsError, PutScalingPolicyResponse> putScalingPolicy(PutScalingPolicyRequest r) {
        return checked("PutScalingPolicy", r.serviceNamespace(), Option.of(r.scalableDimension()), Option.of(r.resourceId()), () -> {
            Option<EcsError> tooLong = lengths("policyName", r.policyName(), "256", "resourceId", r.resourceId(), "1600");
            if (tooLong.isDefined()) {
                return Either.left(tooLong.get());
            }
            Either<EcsError, ScalingState.TargetEntry> target = registered(r.resourceId());
            if (target.isLeft()) {
                return Either.left(target.getLeft());
            }
            ScalingState.TargetEntry t = target.get();
            PolicyType type = r.policyType().getOrElse(PolicyType.STEP_SCALING);
            Option<EcsError> configured = configured(r, type).orElse(() -> r.targetTrackingScalingPolicyConfiguration().flatMap(c -> labelled(r.resourceId(), c)));
            if (configured.isDefined()) {
                return Either.left(configured.get());
            }
            ScalingPolicy before = t.policies.get(r.policyName());
            if (before != null && (before.policyType() == PolicyType.TARGET_TRACKING_SCALING) != (type == PolicyType.TARGET_TRACKING_SCALING)) {
                return Either.left(EcsError.of(EcsRule.SCALING_POLICY_TYPE_KEPT));
            }
            Instant now = state.now();
            String arn = before != null ? before.policyARN() : "arn:aws:autoscaling:" + state.region.code() + ":" + state.account.value()
                    + ":scalingPolicy:" + state.newSeededUuid() + ":resource/ecs/" + r.resourceId() + ":policyName/" + r.policyName();
            if (before != null) {
                dropAlarms(state, before);
            }
            List<Alarm> alarms = type == PolicyType.TARGET_TRACKING_SCALING
                    ? trackingAlarms(r.resourceId(), arn, r.targetTrackingScalingPolicyConfiguration().get()) : List.empty();
            ScalingPolicy policy = ScalingPolicy.builder().policyARN(arn).policyName(r.policyName()).serviceNamespace(ServiceNamespace.ECS)
                    .resourceId(r.resourceId()).scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).policyType(type)
                    .stepScalingPolicyConfiguration(r.stepScalingPolicyConfiguration())
                    .targetTrackingScalingPolicyConfiguration(r.targetTrackingScalingPolicyConfiguration())
                    .alarms(alarms).creationTime(before != null ? before.creationTime() : now).build();
            t.policies.put(r.policyName(), policy);
            sc().policyByArn.put(arn, new String[]{r.resourceId(), r.policyName()});
            return Either.right(PutScalingPolicyResponse.builder().policyARN(arn).alarms(alarms).build());
        });
    }

    /** ALBRequestCountPerTarget's ResourceLabel: the final parts of the load balancer's and the target group's ARNs. */
    private static final java.util.regex.Pattern RESOURCE_LABEL = java.util.regex.Pattern.compile(
            "(app/[a-zA-Z0-9-]{1,32}/[0-9a-f]+)/(targetgroup/[a-zA-Z0-9-]{1,32}/[0-9a-f]+)");

    /**
     * An ALBRequestCountPerTarget policy's label names a target group its load balancer forwards to and the service uses
     * (its loadBalancers' target group or alternate target group): Application Auto Scaling takes a label only for a target
     * group attached to the ECS service.
     */
    private Option<EcsError> labelled(String resourceId, TargetTrackingScalingPolicyConfiguration c) {
        Option<String> label = c.predefinedMetricSpecification().filter(p -> p.predefinedMetricType() == MetricType.ALB_REQUEST_COUNT_PER_TARGET)
                .flatMap(p -> p.resourceLabel());
        if (label.isEmpty()) {
            return Option.none();
        }
        Matcher m = RESOURCE_LABEL.matcher(label.get());
        m.matches();
        String balancer = m.group(1);
        String group = m.group(2);
        boolean attached = state.loadBalancing.listeners.values().stream()
                .filter(l -> l.listener.loadBalancerArn().exists(a -> InMemoryLoadBalancing.dimensionOf(a).equals(balancer)))
                .anyMatch(l -> l.rules.values().stream().anyMatch(r -> InMemoryLoadBalancing.targetGroupsOf(r.rule.actions())
                        .exists(g -> InMemoryLoadBalancing.dimensionOf(g).equals(group))));
        if (!attached) {
            return problem("ResourceLabel " + label.get() + " does not name a target group of an Application Load Balancer"
                    + " that forwards to it in " + state.region.code());
        }
        ServiceState s = byName(state, resourceId);
        boolean used = s != null && s.settings.loadBalancers().exists(lb -> lb.targetGroupArn().toList()
                .appendAll(lb.advancedConfiguration().flatMap(a -> a.alternateTargetGroupArn()).toList())
                .exists(arn -> InMemoryLoadBalancing.dimensionOf(arn).equals(group)));
        return used ? Option.none() : problem("ResourceLabel " + label.get() + " names target group " + group + ", which " + resourceId
                + " does not register its tasks in (its loadBalancers)");
    }

    /** The configuration of the policy's type, complete; what ecskit does not simulate refused by name. */
    private static Option<EcsError> configured(PutScalingPolicyRequest r, PolicyType type) {
        if (r.predictiveScalingPolicyConfiguration().isDefined() || type == PolicyType.PREDICTIVE_SCALING) {
            return Option.of(EcsError.of(EcsRule.SCALING_MEMBER_MODELLED, "predictive scaling (PredictiveScalingPolicyConfiguration)"));
        }
        if (type == PolicyType.TARGET_TRACKING_SCALING) {
            if (r.stepScalingPolicyConfiguration().isDefined()) {
                return problem("StepScalingPolicyConfiguration is not allowed for a policy of type TargetTrackingScaling");
            }
            if (r.targetTrackingScalingPolicyConfiguration().isEmpty()) {
                return problem("TargetTrackingScalingPolicyConfiguration is required for a policy of type TargetTrackingScaling");
            }
            TargetTrackingScalingPolicyConfiguration c = r.targetTrackingScalingPolicyConfiguration().get();
            if (c.predefinedMetricSpecification().isDefined() == c.customizedMetricSpecification().isDefined()) {
                return problem("Exactly one of PredefinedMetricSpecification and CustomizedMetricSpecification must be given");
            }
            if (!(c.targetValue() >= 8.515920e-109 && c.targetValue() <= 1.174271e+108)) {
                return Option.of(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + c.targetValue() + "'",
                        "targetTrackingScalingPolicyConfiguration.targetValue", c.targetValue() > 0
                                ? "have value less than or equal to 1.174271E108" : "have value greater than or equal to 8.51592E-109")),
                        "ValidationException"));
            }
            if (c.scaleInCooldown().exists(v -> v < 0) || c.scaleOutCooldown().exists(v -> v < 0)) {
                return problem("Cooldowns must be 0 or more seconds");
            }
            if (c.predefinedMetricSpecification().exists(p -> p.predefinedMetricType() == MetricType.ALB_REQUEST_COUNT_PER_TARGET)) {
                Option<String> label = c.predefinedMetricSpecification().get().resourceLabel();
                if (label.isEmpty()) {
                    return problem("ResourceLabel is required for the predefined metric type ALBRequestCountPerTarget");
                }
                if (!RESOURCE_LABEL.matcher(label.get()).matches()) {
                    return problem("ResourceLabel must be app/<load-balancer-name>/<load-balancer-id>/targetgroup/<target-group-name>/<target-group-id>, not "
                            + label.get());
                }
            } else if (c.predefinedMetricSpecification().exists(p -> p.predefinedMetricType() != MetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION
                    && p.predefinedMetricType() != MetricType.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION)) {
                return Option.of(EcsError.of(EcsRule.SCALING_TARGET_SUPPORTED));
            } else if (c.predefinedMetricSpecification().exists(p -> p.resourceLabel().isDefined())) {
                return problem("ResourceLabel is only for ALBRequestCountPerTarget");
            }
            if (c.customizedMetricSpecification().isDefined()) {
                CustomizedMetricSpecification m = c.customizedMetricSpecification().get();
                if (!m.metrics().isEmpty()) {
                    return Option.of(EcsError.of(EcsRule.SCALING_MEMBER_MODELLED, "metric math (CustomizedMetricSpecification.Metrics)"));
                }
                if (m.unit().isDefined()) {
                    return Option.of(EcsError.of(EcsRule.SCALING_MEMBER_MODELLED, "CustomizedMetricSpecification.Unit"));
                }
                if (m.metricName().isEmpty() || m.namespace().isEmpty() || m.statistic().isEmpty()) {
                    return problem("CustomizedMetricSpecification needs MetricName, Namespace and Statistic");
                }
            }
            return Option.none();
        }
        if (r.targetTrackingScalingPolicyConfiguration().isDefined()) {
            return problem("TargetTrackingScalingPolicyConfiguration is not allowed for a policy of type StepScaling");
        }
        if (r.stepScalingPolicyConfiguration().isEmpty()) {
            return problem("StepScalingPolicyConfiguration is required for a policy of type StepScaling");
        }
        StepScalingPolicyConfiguration c = r.stepScalingPolicyConfiguration().get();
        if (c.adjustmentType().isEmpty()) {
            return problem("AdjustmentType is required for a StepScaling policy");
        }
        if (c.stepAdjustments().isEmpty()) {
            return problem("StepAdjustments must have at least one step");
        }
        if (c.minAdjustmentMagnitude().isDefined() && c.adjustmentType().get() != AdjustmentType.PERCENT_CHANGE_IN_CAPACITY) {
            return problem("MinAdjustmentMagnitude is only for the PercentChangeInCapacity adjustment type");
        }
        if (c.adjustmentType().get() == AdjustmentType.EXACT_CAPACITY && c.stepAdjustments().exists(s -> s.scalingAdjustment() < 0)) {
            return problem("ScalingAdjustment must be 0 or more for the ExactCapacity adjustment type");
        }
        if (c.cooldown().exists(v -> v < 0)) {
            return problem("Cooldown must be 0 or more seconds");
        }
        return steps(c.stepAdjustments());
    }

    /** Steps neither overlap nor leave gaps; at most one open below, one open above. */
    private static Option<EcsError> steps(List<StepAdjustment> steps) {
        if (steps.count(s -> s.metricIntervalLowerBound().isEmpty()) > 1 || steps.count(s -> s.metricIntervalUpperBound().isEmpty()) > 1) {
            return problem("At most one step adjustment may have a null lower bound, and at most one a null upper bound");
        }
        if (steps.exists(s -> s.metricIntervalLowerBound().isDefined() && s.metricIntervalUpperBound().isDefined()
                && s.metricIntervalLowerBound().get() >= s.metricIntervalUpperBound().get())) {
            return problem("A step adjustment's MetricIntervalLowerBound must be less than its MetricIntervalUpperBound");
        }
        List<StepAdjustment> sorted = steps.sortBy(s -> s.metricIntervalLowerBound().getOrElse(Double.NEGATIVE_INFINITY));
        for (int i = 1; i < sorted.size(); i++) {
            double previousUpper = sorted.get(i - 1).metricIntervalUpperBound().getOrElse(Double.POSITIVE_INFINITY);
            double lower = sorted.get(i).metricIntervalLowerBound().getOrElse(Double.NEGATIVE_INFINITY);
            if (previousUpper != lower) {
                return problem("Step adjustments may not overlap or leave gaps between their intervals");
            }
        }
        return Option.none();
    }

    private static Option<EcsError> problem(String text) {
        return Option.of(EcsError.of(EcsRule.SCALING_POLICY_CONFIGURED, text));
    }

    /** The alarms target tracking makes in CloudWatch, and what they watch. */
    private List<Alarm> trackingAlarms(String resourceId, String policyArn, TargetTrackingScalingPolicyConfiguration c) {
        String namespace;
        String metric;
        String statistic;
        List<Dimension> dimensions;
        if (c.predefinedMetricSpecification().exists(p -> p.predefinedMetricType() == MetricType.ALB_REQUEST_COUNT_PER_TARGET)) {
            // requests per target of the labelled group, a minute's Sum, as ELB reports it
            Matcher m = RESOURCE_LABEL.matcher(c.predefinedMetricSpecification().get().resourceLabel().get());
            m.matches();
            namespace = "AWS/ApplicationELB";
            metric = "RequestCountPerTarget";
            statistic = "Sum";
            dimensions = List.of(new Dimension("TargetGroup", m.group(2)));
        } else if (c.predefinedMetricSpecification().isDefined()) {
            Matcher m = SERVICE_ID.matcher(resourceId);
            m.matches();
            namespace = "AWS/ECS";
            metric = c.predefinedMetricSpecification().get().predefinedMetricType() == MetricType.ECS_SERVICE_AVERAGE_CPU_UTILIZATION
                    ? "CPUUtilization" : "MemoryUtilization";
            statistic = "Average";
            dimensions = List.of(new Dimension("ClusterName", m.group(1)), new Dimension("ServiceName", m.group(2)));
        } else {
            CustomizedMetricSpecification m = c.customizedMetricSpecification().get();
            namespace = m.namespace().get();
            metric = m.metricName().get();
            statistic = m.statistic().get().wire();
            dimensions = m.dimensions().map(d -> new Dimension(d.name(), d.value()));
        }
        String action = policyArn + ":createdBy/" + state.newSeededUuid();
        String description = "DO NOT EDIT OR DELETE. For TargetTrackingScaling policy " + action + ".";
        List<Alarm> alarms = List.empty();
        java.util.List<AlarmSpec> specs = new java.util.ArrayList<>();
        specs.add(new AlarmSpec("TargetTracking-" + resourceId + "-AlarmHigh-" + state.newSeededUuid(), Option.of(description), namespace, metric,
                dimensions, statistic, 60, 3, Option.none(), c.targetValue(), "GreaterThanThreshold", Option.none(), Option.of(true),
                List.of(action), List.empty()));
        if (!c.disableScaleIn().getOrElse(false)) {
            specs.add(new AlarmSpec("TargetTracking-" + resourceId + "-AlarmLow-" + state.newSeededUuid(), Option.of(description), namespace, metric,
                    dimensions, statistic, 60, 15, Option.none(), c.targetValue() * 0.9, "LessThanThreshold", Option.none(), Option.of(true),
                    List.of(action), List.empty()));
        }
        for (AlarmSpec spec : specs) {
            MetricAlarm made = InMemoryMetrics.store(state, spec);
            alarms = alarms.append(new Alarm(spec.alarmName(), made.alarmArn()));
        }
        return alarms;
    }

    private static void dropAlarms(InMemoryState state, ScalingPolicy policy) {
        for (Alarm a : policy.alarms()) {
            state.metrics.alarms.remove(a.alarmName());
            state.metrics.nextEvaluation.remove(a.alarmName());
            state.faults.firedAlarms.remove(a.alarmName());
        }
    }

    private static void dropPolicy(InMemoryState state, ScalingState.TargetEntry t, ScalingPolicy p) {
        dropAlarms(state, p);
        t.policies.remove(p.policyName());
        state.scaling.policyByArn.remove(p.policyARN());
    }

    @Override
    public Either<EcsError, Seq<ScalingPolicy>> scalingPolicies(DescribeScalingPoliciesRequest r) {
        return checked("DescribeScalingPolicies", r.serviceNamespace(), r.scalableDimension(), r.resourceId(), () -> {
            return Either.right(List.ofAll(sc().targets.values())
                    .filter(t -> r.resourceId().forAll(t.target.resourceId()::equals))
                    .flatMap(t -> List.ofAll(t.policies.values()))
                    .filter(p -> r.policyNames().isEmpty() || r.policyNames().contains(p.policyName()))
                    .map(p -> p.policyType() == PolicyType.STEP_SCALING ? p.toBuilder().alarms(invoking(p)).build() : p));
        });
    }

    /** The CloudWatch alarms whose AlarmActions name a step policy (what DescribeScalingPolicies lists as its Alarms). */
    private List<Alarm> invoking(ScalingPolicy p) {
        return List.ofAll(state.metrics.alarms.values()).filter(a -> a.spec().alarmActions().contains(p.policyARN()))
                .map(a -> new Alarm(a.spec().alarmName(), a.alarmArn()));
    }

    @Override
    public Either<EcsError, Done> deleteScalingPolicy(DeleteScalingPolicyRequest r) {
        return checked("DeleteScalingPolicy", r.serviceNamespace(), Option.of(r.scalableDimension()), Option.of(r.resourceId()), () -> {
            ScalingState.TargetEntry t = sc().targets.get(r.resourceId());
            ScalingPolicy p = t == null ? null : t.policies.get(r.policyName());
            if (p == null) {
                return Either.left(EcsError.of(EcsRule.SCALING_POLICY_FOUND, "ecs", r.resourceId(), DIMENSION, r.policyName()));
            }
            dropPolicy(state, t, p);
            return Either.right(Done.DONE);
        });
    }

    // ---- scheduled actions ------------------------------------------------------------------------------------

    @Override
    public Either<EcsError, Done> putScheduledAction(PutScheduledActionRequest r) {
        return checked("PutScheduledAction", r.serviceNamespace(), Option.of(r.scalableDimension()), Option.of(r.resourceId()), () -> {
            Option<EcsError> tooLong = lengths("scheduledActionName", r.scheduledActionName(), "256", "schedule", r.schedule().getOrNull(), "1600",
                    "timezone", r.timezone().getOrNull(), "1600");
            if (tooLong.isDefined()) {
                return Either.left(tooLong.get());
            }
            if (NAME_RESERVED.matcher(r.scheduledActionName()).find()) {
                return Either.left(EcsError.of(EcsRule.SCHEDULED_ACTION_NAME_VALID, "ScheduledActionName",
                        "it may not contain colons (:), slashes (/) or vertical bars (|)"));
            }
            Either<EcsError, ScalingState.TargetEntry> target = registered(r.resourceId());
            if (target.isLeft()) {
                return Either.left(target.getLeft());
            }
            ScalingState.TargetEntry t = target.get();
            ScheduledAction before = t.scheduled.get(r.scheduledActionName());
            Option<String> schedule = r.schedule().orElse(() -> Option.of(before).map(ScheduledAction::schedule));
            if (schedule.isEmpty()) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" null", "schedule", "not be null")),
                        "ValidationException"));
            }
            var action = r.scalableTargetAction().orElse(() -> Option.of(before).flatMap(ScheduledAction::scalableTargetAction));
            if (action.isEmpty() || action.get().minCapacity().isEmpty() && action.get().maxCapacity().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.SCHEDULED_CAPACITY_GIVEN));
            }
            Option<EcsError> negative = negative(action.get().minCapacity(), "scalableTargetAction.minCapacity")
                    .orElse(() -> negative(action.get().maxCapacity(), "scalableTargetAction.maxCapacity"));
            if (negative.isDefined()) {
                return Either.left(negative.get());
            }
            if (action.get().minCapacity().isDefined() && action.get().maxCapacity().isDefined()
                    && action.get().minCapacity().get() > action.get().maxCapacity().get()) {
                return Either.left(EcsError.of(EcsRule.SCALING_CAPACITY_RANGE));
            }
            Option<String> timezone = r.timezone().orElse(() -> Option.of(before).flatMap(ScheduledAction::timezone));
            ZoneId zone;
            try {
                zone = ZoneId.of(timezone.getOrElse("UTC"));
            } catch (java.time.DateTimeException unknown) {
                return Either.left(EcsError.of(EcsRule.SCHEDULED_TIMEZONE_VALID, timezone.get()));
            }
            if (CRON_SPECIALS.matcher(schedule.get()).matches()) {
                return Either.left(EcsError.of(EcsRule.SCALING_MEMBER_MODELLED, "cron's L, W and # in a Schedule"));
            }
            Option<Timing> timing = timing(schedule.get(), zone);
            if (timing.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.SCHEDULED_SCHEDULE_VALID, schedule.get()));
            }
            if (r.startTime().isDefined() && r.endTime().isDefined() && !r.startTime().get().isBefore(r.endTime().get())) {
                return Either.left(EcsError.of(EcsRule.SCHEDULED_TIME_RANGE));
            }
            Instant now = state.now();
            String arn = before != null ? before.scheduledActionARN() : "arn:aws:autoscaling:" + state.region.code() + ":" + state.account.value()
                    + ":scheduledAction:" + state.newSeededUuid() + ":resource/ecs/" + r.resourceId() + ":scheduledActionName/" + r.scheduledActionName();
            // an update that leaves StartTime/EndTime out clears them, as Application Auto Scaling does
            ScheduledAction made = ScheduledAction.builder().scheduledActionName(r.scheduledActionName()).scheduledActionARN(arn)
                    .serviceNamespace(ServiceNamespace.ECS).schedule(schedule.get()).timezone(timezone).resourceId(r.resourceId())
                    .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).startTime(r.startTime()).endTime(r.endTime())
                    .scalableTargetAction(action).creationTime(before != null ? before.creationTime() : now).build();
            t.scheduled.put(r.scheduledActionName(), made);
            t.nextRun.put(r.scheduledActionName(), next(made, timing.get(), now).getOrNull());
            return Either.right(Done.DONE);
        });
    }

    /** A schedule's next time strictly after an instant (none: never again). */
    private interface Timing {
        Option<Instant> after(Instant instant, Instant created);
    }

    private static Option<Timing> timing(String schedule, ZoneId zone) {
        Matcher at = AT.matcher(schedule);
        if (at.matches()) {
            Instant when;
            try {
                when = LocalDateTime.parse(at.group(1)).atZone(zone).toInstant();
            } catch (java.time.DateTimeException invalid) {
                return Option.none();
            }
            return Option.of((instant, created) -> when.isAfter(instant) ? Option.of(when) : Option.none());
        }
        return Schedules.parse(schedule, zone).map(s -> s::after);
    }

    /** When an action runs next after {@code from}, inside its StartTime..EndTime. */
    private static Option<Instant> next(ScheduledAction a, Timing timing, Instant from) {
        Instant since = a.startTime().filter(start -> start.isAfter(from)).map(start -> start.minusNanos(1)).getOrElse(from);
        Option<Instant> next = timing.after(since, a.startTime().getOrElse(a.creationTime()));
        return next.filter(at -> a.endTime().forAll(end -> !at.isAfter(end)));
    }

    @Override
    public Either<EcsError, Seq<ScheduledAction>> scheduledActions(DescribeScheduledActionsRequest r) {
        return checked("DescribeScheduledActions", r.serviceNamespace(), r.scalableDimension(), r.resourceId(), () -> {
            return Either.right(List.ofAll(sc().targets.values())
                    .filter(t -> r.resourceId().forAll(t.target.resourceId()::equals))
                    .flatMap(t -> List.ofAll(t.scheduled.values()))
                    .filter(a -> r.scheduledActionNames().isEmpty() || r.scheduledActionNames().contains(a.scheduledActionName())));
        });
    }

    @Override
    public Either<EcsError, Done> deleteScheduledAction(DeleteScheduledActionRequest r) {
        return checked("DeleteScheduledAction", r.serviceNamespace(), Option.of(r.scalableDimension()), Option.of(r.resourceId()), () -> {
            ScalingState.TargetEntry t = sc().targets.get(r.resourceId());
            if (t == null || !t.scheduled.containsKey(r.scheduledActionName())) {
                return Either.left(EcsError.of(EcsRule.SCHEDULED_ACTION_FOUND, "ecs", r.resourceId(), DIMENSION, r.scheduledActionName()));
            }
            t.scheduled.remove(r.scheduledActionName());
            t.nextRun.remove(r.scheduledActionName());
            return Either.right(Done.DONE);
        });
    }

    // ---- activities and tags ----------------------------------------------------------------------------------

    @Override
    public Either<EcsError, Seq<ScalingActivity>> scalingActivities(DescribeScalingActivitiesRequest r) {
        return checked("DescribeScalingActivities", r.serviceNamespace(), r.scalableDimension(), r.resourceId(), () -> {
            boolean notScaled = r.includeNotScaledActivities().getOrElse(false);
            Seq<ScalingActivity> all = r.resourceId().isDefined()
                    ? List.ofAll(sc().activities.getOrDefault(r.resourceId().get(), new java.util.ArrayDeque<>()))
                    : List.ofAll(sc().activities.values()).flatMap(List::ofAll)
                    .sorted(java.util.Comparator.comparing(ScalingActivity::startTime).reversed());   // (stable: newest first within an instant too)
            return Either.right(all.filter(a -> notScaled || a.notScaledReasons().isEmpty()));
        });
    }

    private Either<EcsError, ScalingState.TargetEntry> byArn(String arn) {
        prune();
        return Option.ofOptional(sc().targets.values().stream().filter(t -> t.target.scalableTargetARN().contains(arn)).findFirst())
                .toEither(() -> EcsError.of(EcsRule.SCALING_RESOURCE_FOUND, arn));
    }

    @Override
    public Either<EcsError, Done> tagResource(String resourceArn, Map<String, String> tags) {
        return state.call("TagResource", () -> byArn(resourceArn).flatMap(t -> {
            Map<String, String> merged = t.tags.merge(tags, (a, b) -> b);
            if (merged.size() > 50) {
                return Either.left(EcsError.of(EcsRule.SCALING_TAGS_AT_MOST_FIFTY));
            }
            t.tags = merged;
            return Either.right(Done.DONE);
        }));
    }

    @Override
    public Either<EcsError, Done> untagResource(String resourceArn, Seq<String> tagKeys) {
        return state.call("UntagResource", () -> byArn(resourceArn).map(t -> {
            t.tags = t.tags.removeAll(tagKeys);
            return Done.DONE;
        }));
    }

    @Override
    public Either<EcsError, Map<String, String>> tags(String resourceArn) {
        return state.call("ListTagsForResource", () -> byArn(resourceArn).map(t -> t.tags));
    }

    // ---- the clock: alarms' actions and scheduled actions ------------------------------------------------------

    /** An alarm in ALARM runs its Application Auto Scaling actions (CloudWatch, once per period while it stays there). */
    static void alarmed(InMemoryState state, String alarmName, Instant at) {
        MetricAlarm alarm = state.metrics.alarms.get(alarmName);
        if (alarm == null || !alarm.spec().actionsEnabled().getOrElse(true)) {
            return;
        }
        for (String action : alarm.spec().alarmActions()) {
            String policyArn = action.replaceAll(":createdBy/.*$", "");
            String[] owner = state.scaling.policyByArn.get(policyArn);
            if (owner == null) {
                continue;
            }
            ScalingState.TargetEntry t = state.scaling.targets.get(owner[0]);
            ScalingPolicy policy = t == null ? null : t.policies.get(owner[1]);
            ServiceState s = t == null ? null : byName(state, owner[0]);
            if (policy == null || !t.scales(s)) {
                continue;
            }
            Option<Double> value = latest(state, alarm, at);
            if (value.isEmpty()) {
                continue;
            }
            String cause = "monitor alarm " + alarmName + " in state ALARM triggered policy " + policy.policyName();
            if (policy.policyType() == PolicyType.TARGET_TRACKING_SCALING) {
                track(state, t, s, policy, alarm, value.get(), cause, at);
            } else {
                step(state, t, s, policy.stepScalingPolicyConfiguration().get(), alarm, value.get(), cause, at);
            }
        }
    }

    /** The alarm's statistic over its latest period with data (what the policy acts on). */
    private static Option<Double> latest(InMemoryState state, MetricAlarm alarm, Instant at) {
        AlarmSpec spec = alarm.spec();
        var points = state.metrics.metrics.get(MetricsState.Key.of(spec.namespace(), spec.metricName(), spec.dimensions()));
        for (int k = 1; k <= spec.evaluationPeriods(); k++) {
            Instant from = at.minusSeconds((long) k * spec.period());
            Option<MetricsState.Sample> s = InMemoryMetrics.aggregate(points, from, from.plusSeconds(spec.period()));
            if (s.isDefined()) {
                return Option.of(InMemoryMetrics.statistic(spec.statistic(), s.get()));
            }
        }
        return Option.none();
    }

    private static boolean deploying(ServiceState s) {
        return s.deployments.size() > 1
                || s.primary().exists(d -> d.rolloutState == io.ecskit.domain.service.DeploymentRolloutState.IN_PROGRESS && !s.steady);
    }

    /** Within the scale-out cooldown: what the scale-out that started it added counts towards the next one. */
    private static boolean inScaleOutCooldown(ScalingState.TargetEntry t, Instant at) {
        return t.lastScaleOut != null && at.isBefore(t.lastScaleOut.plusSeconds(t.scaleOutCooldown));
    }

    private static void track(InMemoryState state, ScalingState.TargetEntry t, ServiceState s, ScalingPolicy policy, MetricAlarm alarm,
                              double value, String cause, Instant at) {
        TargetTrackingScalingPolicyConfiguration c = policy.targetTrackingScalingPolicyConfiguration().get();
        boolean out = alarm.spec().comparisonOperator().startsWith("GreaterThan");
        int desired = s.desiredCount();
        int running = List.ofAll(s.unstopped).count(TaskState::isRunning);
        // scaling starts from the running tasks (ECS developer guide); within a scale-out's cooldown from the capacity
        // before it, so a metric measured before the new tasks ran does not ask for them twice
        int base = out && inScaleOutCooldown(t, at) ? t.scaleOutBase : running > 0 ? running : desired;
        long proposed = (long) Math.min(Integer.MAX_VALUE, Math.ceil(base * value / c.targetValue() - 1e-9));
        if (out) {
            scaleOut(state, t, s, proposed, c.scaleOutCooldown().getOrElse(DEFAULT_COOLDOWN), cause, at);
        } else {
            if (c.disableScaleIn().getOrElse(false)) {
                return;
            }
            // scale in only when every target tracking policy that may scale in wants to, to the largest of what they want
            for (ScalingPolicy other : t.policies.values()) {
                if (other == policy || other.policyType() != PolicyType.TARGET_TRACKING_SCALING
                        || other.targetTrackingScalingPolicyConfiguration().get().disableScaleIn().getOrElse(false)) {
                    continue;
                }
                Option<MetricAlarm> low = other.alarms().map(a -> state.metrics.alarms.get(a.alarmName()))
                        .find(a -> a != null && a.spec().comparisonOperator().startsWith("LessThan"));
                if (low.isEmpty() || !low.get().stateValue().equals("ALARM")) {
                    return;
                }
                Option<Double> otherValue = latest(state, low.get(), at);
                if (otherValue.isEmpty()) {
                    return;
                }
                double otherTarget = other.targetTrackingScalingPolicyConfiguration().get().targetValue();
                proposed = Math.max(proposed, (long) Math.ceil(base * otherValue.get() / otherTarget - 1e-9));
            }
            scaleIn(state, t, s, proposed, c.scaleInCooldown().getOrElse(DEFAULT_COOLDOWN), cause, at);
        }
    }

    private static void step(InMemoryState state, ScalingState.TargetEntry t, ServiceState s, StepScalingPolicyConfiguration c,
                             MetricAlarm alarm, double value, String cause, Instant at) {
        double breach = value - alarm.spec().threshold();
        Option<StepAdjustment> step = c.stepAdjustments().find(a -> {
            double lower = a.metricIntervalLowerBound().getOrElse(Double.NEGATIVE_INFINITY);
            double upper = a.metricIntervalUpperBound().getOrElse(Double.POSITIVE_INFINITY);
            return breach >= 0 ? lower <= breach && breach < upper : lower < breach && breach <= upper;
        });
        if (step.isEmpty()) {
            return;
        }
        int adjustment = step.get().scalingAdjustment();
        boolean outward = c.adjustmentType().get() == AdjustmentType.EXACT_CAPACITY ? adjustment > s.desiredCount() : adjustment > 0;
        // within a scale-out's cooldown a scale-out is measured from the capacity before the one that started it
        int base = outward && inScaleOutCooldown(t, at) ? t.scaleOutBase : s.desiredCount();
        long target = switch (c.adjustmentType().get()) {
            case EXACT_CAPACITY -> adjustment;
            case CHANGE_IN_CAPACITY -> (long) base + adjustment;
            case PERCENT_CHANGE_IN_CAPACITY -> {
                double change = base * (double) adjustment / 100.0;
                long rounded = change > 1 ? (long) Math.floor(change) : change > 0 ? 1 : change == 0 ? 0 : change > -1 ? -1 : (long) Math.ceil(change);
                int magnitude = c.minAdjustmentMagnitude().getOrElse(0);
                if (rounded != 0 && Math.abs(rounded) < magnitude) {
                    rounded = rounded > 0 ? magnitude : -magnitude;
                }
                yield base + rounded;
            }
        };
        int cooldown = c.cooldown().getOrElse(DEFAULT_COOLDOWN);
        long wanted = Math.max(0, target);
        if (outward) {
            scaleOut(state, t, s, wanted, cooldown, cause, at);
        } else {
            scaleIn(state, t, s, wanted, cooldown, cause, at);
        }
    }

    private static void scaleOut(InMemoryState state, ScalingState.TargetEntry t, ServiceState s, long wanted, int cooldown, String cause, Instant at) {
        if (suspended(t, SuspendedState::dynamicScalingOutSuspended)) {
            return;
        }
        int desired = s.desiredCount();
        int min = t.target.minCapacity();
        int max = t.target.maxCapacity();
        if (desired < min) {
            // a desired count set below the range by hand comes up to the minimum first
            set(state, t, s, min, cause, at);
            return;
        }
        if (desired >= max) {
            notScaled(state, t, "AlreadyAtMaxCapacity", cause, at, desired);
            return;
        }
        int to = (int) Math.min(max, wanted);
        if (to <= desired) {
            return;     // (within the cooldown: only a larger scale-out than the last)
        }
        if (!inScaleOutCooldown(t, at)) {
            t.scaleOutBase = desired;
        }
        t.lastScaleOut = at;
        t.scaleOutCooldown = cooldown;
        t.lastScaleIn = null;   // a scale-out ends a scale-in's cooldown
        set(state, t, s, to, cause, at);
    }

    private static void scaleIn(InMemoryState state, ScalingState.TargetEntry t, ServiceState s, long wanted, int cooldown, String cause, Instant at) {
        if (suspended(t, SuspendedState::dynamicScalingInSuspended) || deploying(s)) {
            return;     // Application Auto Scaling turns scale-in off while an ECS deployment is in progress
        }
        int desired = s.desiredCount();
        int min = t.target.minCapacity();
        int max = t.target.maxCapacity();
        if (desired > max) {
            set(state, t, s, max, cause, at);
            return;
        }
        if (desired <= min) {
            notScaled(state, t, "AlreadyAtMinCapacity", cause, at, desired);
            return;
        }
        if (t.lastScaleIn != null && at.isBefore(t.lastScaleIn.plusSeconds(t.scaleInCooldown))) {
            return;
        }
        int to = (int) Math.max(min, wanted);
        if (to >= desired) {
            return;
        }
        t.lastScaleIn = at;
        t.scaleInCooldown = cooldown;
        set(state, t, s, to, cause, at);
    }

    /**
     * The service's desired count set, as UpdateService sets it, and the activity that did it; a count ECS refuses (above
     * its tasks-per-service quota) is a failed activity with ECS's reason, and the service keeps its count.
     */
    private static void set(InMemoryState state, ScalingState.TargetEntry t, ServiceState s, int count, String cause, Instant at) {
        String description = "Setting desired count to " + count + ".";
        var refused = io.ecskit.domain.service.ServiceRules.desiredCount(count);
        if (!refused.isEmpty()) {
            activity(state, t, description, cause, at, Option.of("Failed to set desired count to " + count + ". Reason: "
                    + refused.head().message()), ScalingActivityStatusCode.FAILED, List.empty());
            return;
        }
        s.settings = s.settings.toBuilder().desiredCount(count).build();
        s.primary().forEach(p -> p.desiredCount = count);
        state.touch(s);
        activity(state, t, description, cause, at, Option.of("Successfully set desired count to " + count + ". Change successfully fulfilled by ecs."),
                ScalingActivityStatusCode.SUCCESSFUL, List.empty());
    }

    private static void notScaled(InMemoryState state, ScalingState.TargetEntry t, String code, String cause, Instant at, int current) {
        var mine = state.scaling.activities.get(t.target.resourceId());
        ScalingActivity last = mine == null ? null : mine.peekFirst();
        if (last != null && last.cause().equals(cause) && last.notScaledReasons().exists(n -> n.code().equals(code))) {
            return;     // one not-scaled activity for a run of the same reason, not one a minute
        }
        NotScaledReason reason = new NotScaledReason(code, code.equals("AlreadyAtMaxCapacity") ? Option.of(t.target.maxCapacity()) : Option.none(),
                code.equals("AlreadyAtMinCapacity") ? Option.of(t.target.minCapacity()) : Option.none(), Option.of(current));
        activity(state, t, "Attempting to scale due to alarm triggered", cause, at, Option.none(), ScalingActivityStatusCode.FAILED, List.of(reason));
    }

    private static void activity(InMemoryState state, ScalingState.TargetEntry t, String description, String cause, Instant at,
                                 Option<String> message, ScalingActivityStatusCode code, List<NotScaledReason> notScaled) {
        var mine = state.scaling.activities.computeIfAbsent(t.target.resourceId(), id -> new java.util.ArrayDeque<>());
        mine.addFirst(new ScalingActivity(state.newSeededUuid(), ServiceNamespace.ECS, t.target.resourceId(),
                ScalableDimension.ECS_SERVICE_DESIREDCOUNT, description, cause, at, Option.of(at), code, message, Option.none(), notScaled));
        while (!mine.isEmpty() && (mine.size() > ScalingState.ACTIVITIES || mine.peekLast().startTime().isBefore(at.minus(ACTIVITY_RETENTION)))) {
            mine.pollLast();
        }
    }

    /** The desired count brought inside the target's range (after its bounds changed). */
    private static void clamp(InMemoryState state, ScalingState.TargetEntry t, ServiceState s, Instant at, String causePrefix) {
        int desired = s.desiredCount();
        if (desired < t.target.minCapacity()) {
            int to = t.target.minCapacity();
            set(state, t, s, to, causePrefix + "minimum capacity was set to " + to, at);
        } else if (desired > t.target.maxCapacity()) {
            int to = t.target.maxCapacity();
            set(state, t, s, to, causePrefix + "maximum capacity was set to " + to, at);
        }
    }

    /** Scheduled actions due by {@code at} run (InMemoryState's clock work). */
    static void tick(InMemoryState state, Instant at) {
        for (ScalingState.TargetEntry t : java.util.List.copyOf(state.scaling.targets.values())) {
            for (String name : java.util.List.copyOf(t.scheduled.keySet())) {
                Instant due = t.nextRun.get(name);
                if (due == null || due.isAfter(at)) {
                    continue;
                }
                ScheduledAction a = t.scheduled.get(name);
                Option<Timing> timing = timing(a.schedule(), ZoneId.of(a.timezone().getOrElse("UTC")));
                // a next time never at or before this one (a schedule that cannot move on is done)
                t.nextRun.put(name, timing.flatMap(tm -> next(a, tm, due)).filter(n -> n.isAfter(due)).getOrNull());
                ServiceState s = byName(state, t.target.resourceId());
                if (suspended(t, SuspendedState::scheduledScalingSuspended) || !t.scales(s)) {
                    continue;
                }
                var action = a.scalableTargetAction().get();
                int min = action.minCapacity().getOrElse(t.target.minCapacity());
                int max = action.maxCapacity().getOrElse(t.target.maxCapacity());
                if (action.maxCapacity().isEmpty() && min > max) {
                    max = min;
                } else if (action.minCapacity().isEmpty() && min > max) {
                    min = max;
                }
                t.target = t.target.toBuilder().minCapacity(min).maxCapacity(max).build();
                String what = action.minCapacity().isDefined() && action.maxCapacity().isDefined()
                        ? "min capacity to " + min + " and max capacity to " + max
                        : action.minCapacity().isDefined() ? "min capacity to " + min : "max capacity to " + max;
                activity(state, t, "Setting " + what, "scheduled action name " + name + " was triggered", due,
                        Option.of("Successfully set " + what), ScalingActivityStatusCode.SUCCESSFUL, List.empty());
                clamp(state, t, s, due, "");
            }
        }
    }
}
