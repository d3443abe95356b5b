package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DescribeScalingPoliciesResponse).
 *
 * @param scalingPolicies Information about the scaling policies.
 * @param nextToken The token required to get the next set of results.
 */
@Value.Builder
public record DescribeScalingPoliciesResponse(
        List<ScalingPolicy> scalingPolicies,
        Option<String> nextToken) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeScalingPoliciesResponseBuilder builder() {
        return new DescribeScalingPoliciesResponseBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeScalingPoliciesResponseBuilder toBuilder() {
        return new DescribeScalingPoliciesResponseBuilder().from(this);
    }
}
