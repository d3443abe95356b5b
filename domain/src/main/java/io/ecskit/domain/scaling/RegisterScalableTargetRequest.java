package io.ecskit.domain.scaling;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (RegisterScalableTargetRequest).
 *
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param resourceId The identifier of the resource that is associated with the scalable target. (required)
 * @param scalableDimension The scalable dimension associated with the scalable target. (required)
 * @param minCapacity The minimum value that you plan to scale in to.
 * @param maxCapacity The maximum value that you plan to scale out to.
 * @param roleARN This parameter is required for services that do not support service-linked roles (such as Amazon EMR), and it must specify the ARN of an IAM role that allows Application Auto Scaling to modify the scalable target on...
 * @param suspendedState An embedded object that contains attributes and attribute values that are used to suspend and resume automatic scaling.
 * @param tags Assigns one or more tags to the scalable target.
 */
@Value.Builder
public record RegisterScalableTargetRequest(
        ServiceNamespace serviceNamespace,
        String resourceId,
        ScalableDimension scalableDimension,
        Option<Integer> minCapacity,
        Option<Integer> maxCapacity,
        Option<String> roleARN,
        Option<SuspendedState> suspendedState,
        Map<String, String> tags) {

    /** A builder with every optional component absent and every list empty. */
    public static RegisterScalableTargetRequestBuilder builder() {
        return new RegisterScalableTargetRequestBuilder();
    }

    /** A builder holding this record's values. */
    public RegisterScalableTargetRequestBuilder toBuilder() {
        return new RegisterScalableTargetRequestBuilder().from(this);
    }
}
