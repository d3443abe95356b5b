package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
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
import io.ecskit.port.out.AutoScalingPort;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * Application Auto Scaling on AWS: not callable from here. The AWS SDK for Java 2.59.1 (and 2.57.8) has no
 * {@code applicationautoscaling} module on the registries ecskit builds from, and ecskit does not hand-write a client
 * for a service (rule {@code scalingAwsClient}): every call answers that by name, and the compatibility kit declares the
 * gap ({@code Capability.APPLICATION_AUTO_SCALING}). ecskit server serves Application Auto Scaling to any other client.
 */
final class AwsAutoScaling implements AutoScalingPort {

    @Inject
    AwsAutoScaling() {
    }

    private static <T> Either<EcsError, T> unavailable() {
        return Either.left(EcsError.of(EcsRule.SCALING_AWS_CLIENT));
    }

    @Override
    public Either<EcsError, String> registerScalableTarget(RegisterScalableTargetRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Seq<ScalableTarget>> scalableTargets(DescribeScalableTargetsRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Done> deregisterScalableTarget(DeregisterScalableTargetRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, PutScalingPolicyResponse> putScalingPolicy(PutScalingPolicyRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Seq<ScalingPolicy>> scalingPolicies(DescribeScalingPoliciesRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Done> deleteScalingPolicy(DeleteScalingPolicyRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Done> putScheduledAction(PutScheduledActionRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Seq<ScheduledAction>> scheduledActions(DescribeScheduledActionsRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Done> deleteScheduledAction(DeleteScheduledActionRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Seq<ScalingActivity>> scalingActivities(DescribeScalingActivitiesRequest request) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Done> tagResource(String resourceArn, Map<String, String> tags) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Done> untagResource(String resourceArn, Seq<String> tagKeys) {
        return unavailable();
    }

    @Override
    public Either<EcsError, Map<String, String>> tags(String resourceArn) {
        return unavailable();
    }
}
