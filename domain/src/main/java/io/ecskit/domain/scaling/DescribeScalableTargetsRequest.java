package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DescribeScalableTargetsRequest).
 *
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param resourceIds The identifier of the resource associated with the scalable target.
 * @param scalableDimension The scalable dimension associated with the scalable target.
 * @param maxResults The maximum number of scalable targets.
 * @param nextToken The token for the next set of results.
 */
@Value.Builder
public record DescribeScalableTargetsRequest(
        ServiceNamespace serviceNamespace,
        List<String> resourceIds,
        Option<ScalableDimension> scalableDimension,
        Option<Integer> maxResults,
        Option<String> nextToken) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeScalableTargetsRequestBuilder builder() {
        return new DescribeScalableTargetsRequestBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeScalableTargetsRequestBuilder toBuilder() {
        return new DescribeScalableTargetsRequestBuilder().from(this);
    }
}
