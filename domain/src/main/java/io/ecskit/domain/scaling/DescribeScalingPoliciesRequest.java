package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DescribeScalingPoliciesRequest).
 *
 * @param policyNames The names of the scaling policies to describe.
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param resourceId The identifier of the resource associated with the scaling policy.
 * @param scalableDimension The scalable dimension.
 * @param maxResults The maximum number of scalable targets.
 * @param nextToken The token for the next set of results.
 */
@Value.Builder
public record DescribeScalingPoliciesRequest(
        List<String> policyNames,
        ServiceNamespace serviceNamespace,
        Option<String> resourceId,
        Option<ScalableDimension> scalableDimension,
        Option<Integer> maxResults,
        Option<String> nextToken) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeScalingPoliciesRequestBuilder builder() {
        return new DescribeScalingPoliciesRequestBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeScalingPoliciesRequestBuilder toBuilder() {
        return new DescribeScalingPoliciesRequestBuilder().from(this);
    }
}
