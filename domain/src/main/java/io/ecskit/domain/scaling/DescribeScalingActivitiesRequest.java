package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DescribeScalingActivitiesRequest).
 *
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param resourceId The identifier of the resource associated with the scaling activity.
 * @param scalableDimension The scalable dimension.
 * @param maxResults The maximum number of scalable targets.
 * @param nextToken The token for the next set of results.
 * @param includeNotScaledActivities Specifies whether to include activities that aren't scaled ( not scaled activities ) in the response.
 */
@Value.Builder
public record DescribeScalingActivitiesRequest(
        ServiceNamespace serviceNamespace,
        Option<String> resourceId,
        Option<ScalableDimension> scalableDimension,
        Option<Integer> maxResults,
        Option<String> nextToken,
        Option<Boolean> includeNotScaledActivities) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeScalingActivitiesRequestBuilder builder() {
        return new DescribeScalingActivitiesRequestBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeScalingActivitiesRequestBuilder toBuilder() {
        return new DescribeScalingActivitiesRequestBuilder().from(this);
    }
}
