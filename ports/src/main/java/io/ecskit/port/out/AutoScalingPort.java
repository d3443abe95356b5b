package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.scaling.DeleteScalingPolicyRequest;
import io.ecskit.domain.scaling.DeleteScheduledActionRequest;
import io.ecskit.domain.scaling.DeregisterScalableTargetRequest;
import io.ecskit.domain.scaling.DescribeScalableTargetsRequest;
import io.ecskit.domain.scaling.DescribeScalingActivitiesRequest;
import io.ecskit.domain.scaling.DescribeScalingPoliciesRequest;
import io.ecskit.domain.scaling.DescribeScheduledActionsRequest;
import io.ecskit.domain.scaling.PutScalingPolicyRequest;
import io.ecskit.domain.scaling.PutScalingPolicyResponse;
import io.ecskit.domain.scaling.PutScheduledActionRequest;
import io.ecskit.domain.scaling.RegisterScalableTargetRequest;
import io.ecskit.domain.scaling.ScalableTarget;
import io.ecskit.domain.scaling.ScalingActivity;
import io.ecskit.domain.scaling.ScalingPolicy;
import io.ecskit.domain.scaling.ScheduledAction;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * Application Auto Scaling of one region for ECS services' desired count (namespace {@code ecs}, dimension
 * {@code ecs:service:DesiredCount}, resource id {@code service/CLUSTER/SERVICE}; issue 25 item 5). The requests are the
 * model's own shapes (records written from botocore's model: the AWS SDK for Java has no Application Auto Scaling
 * module). Target tracking and step scaling policies act through CloudWatch alarms evaluated on the clock, scheduled
 * actions at their times; each change of a service's desired count is a scaling activity. Errors are Application Auto
 * Scaling's (ValidationException, ObjectNotFoundException, LimitExceededException; docs/ecs-rules.md, "Application Auto
 * Scaling"). Source: Application Auto Scaling API reference and user guide.
 */
public interface AutoScalingPort {

    /**
     * RegisterScalableTarget: a new target needs MinCapacity and MaxCapacity (0..); registering again changes only what
     * is given. The service must exist and be ACTIVE. Answers the target's ARN.
     */
    Either<EcsError, String> registerScalableTarget(RegisterScalableTargetRequest request);

    /** DescribeScalableTargets, every page: the namespace's targets, by resource ids and dimension when given. */
    Either<EcsError, Seq<ScalableTarget>> scalableTargets(DescribeScalableTargetsRequest request);

    /** DeregisterScalableTarget: the target, its scaling policies (and their alarms) and its scheduled actions go. */
    Either<EcsError, Done> deregisterScalableTarget(DeregisterScalableTargetRequest request);

    /**
     * PutScalingPolicy: a TargetTrackingScaling policy (the alarms it made come back) or a StepScaling policy (an alarm
     * whose AlarmActions names its ARN runs it), made or replaced by name.
     */
    Either<EcsError, PutScalingPolicyResponse> putScalingPolicy(PutScalingPolicyRequest request);

    /** DescribeScalingPolicies, every page: newest first as Application Auto Scaling lists them. */
    Either<EcsError, Seq<ScalingPolicy>> scalingPolicies(DescribeScalingPoliciesRequest request);

    /** DeleteScalingPolicy: the policy and the alarms target tracking made for it. */
    Either<EcsError, Done> deleteScalingPolicy(DeleteScalingPolicyRequest request);

    /** PutScheduledAction: {@code at(...)}, {@code rate(...)} or {@code cron(...)} (6 fields), made or replaced by name. */
    Either<EcsError, Done> putScheduledAction(PutScheduledActionRequest request);

    /** DescribeScheduledActions, every page. */
    Either<EcsError, Seq<ScheduledAction>> scheduledActions(DescribeScheduledActionsRequest request);

    /** DeleteScheduledAction. */
    Either<EcsError, Done> deleteScheduledAction(DeleteScheduledActionRequest request);

    /** DescribeScalingActivities, every page: newest first; not-scaled activities only when asked for. */
    Either<EcsError, Seq<ScalingActivity>> scalingActivities(DescribeScalingActivitiesRequest request);

    /** TagResource on a scalable target's ARN (at most 50 tags). */
    Either<EcsError, Done> tagResource(String resourceArn, Map<String, String> tags);

    /** UntagResource. */
    Either<EcsError, Done> untagResource(String resourceArn, Seq<String> tagKeys);

    /** ListTagsForResource. */
    Either<EcsError, Map<String, String>> tags(String resourceArn);
}
