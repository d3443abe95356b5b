package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (PutScalingPolicyResponse).
 *
 * @param policyARN The Amazon Resource Name (ARN) of the resulting scaling policy. (required)
 * @param alarms The CloudWatch alarms created for the target tracking scaling policy.
 */
@Value.Builder
public record PutScalingPolicyResponse(
        String policyARN,
        List<Alarm> alarms) {

    /** A builder with every optional component absent and every list empty. */
    public static PutScalingPolicyResponseBuilder builder() {
        return new PutScalingPolicyResponseBuilder();
    }

    /** A builder holding this record's values. */
    public PutScalingPolicyResponseBuilder toBuilder() {
        return new PutScalingPolicyResponseBuilder().from(this);
    }
}
