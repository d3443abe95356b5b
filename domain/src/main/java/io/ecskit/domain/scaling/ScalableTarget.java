package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Represents a scalable target. Source: Application Auto Scaling API reference (ScalableTarget).
 *
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource, or a custom-resource . (required)
 * @param resourceId The identifier of the resource associated with the scalable target. (required)
 * @param scalableDimension The scalable dimension associated with the scalable target. (required)
 * @param minCapacity The minimum value to scale to in response to a scale-in activity. (required)
 * @param maxCapacity The maximum value to scale to in response to a scale-out activity. (required)
 * @param predictedCapacity The predicted capacity of the scalable target.
 * @param roleARN The ARN of an IAM role that allows Application Auto Scaling to modify the scalable target on your behalf. (required)
 * @param creationTime The Unix timestamp for when the scalable target was created. (required)
 * @param suspendedState Specifies whether the scaling activities for a scalable target are in a suspended state.
 * @param scalableTargetARN The ARN of the scalable target.
 */
@Value.Builder
public record ScalableTarget(
        ServiceNamespace serviceNamespace,
        String resourceId,
        ScalableDimension scalableDimension,
        Integer minCapacity,
        Integer maxCapacity,
        Option<Integer> predictedCapacity,
        String roleARN,
        Instant creationTime,
        Option<SuspendedState> suspendedState,
        Option<String> scalableTargetARN) {

    /** A builder with every optional component absent and every list empty. */
    public static ScalableTargetBuilder builder() {
        return new ScalableTargetBuilder();
    }

    /** A builder holding this record's values. */
    public ScalableTargetBuilder toBuilder() {
        return new ScalableTargetBuilder().from(this);
    }
}
