package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DescribeScheduledActionsRequest).
 *
 * @param scheduledActionNames The names of the scheduled actions to describe.
 * @param serviceNamespace The namespace of the Amazon Web Services service that provides the resource. (required)
 * @param resourceId The identifier of the resource associated with the scheduled action.
 * @param scalableDimension The scalable dimension.
 * @param maxResults The maximum number of scheduled action results.
 * @param nextToken The token for the next set of results.
 */
@Value.Builder
public record DescribeScheduledActionsRequest(
        List<String> scheduledActionNames,
        ServiceNamespace serviceNamespace,
        Option<String> resourceId,
        Option<ScalableDimension> scalableDimension,
        Option<Integer> maxResults,
        Option<String> nextToken) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeScheduledActionsRequestBuilder builder() {
        return new DescribeScheduledActionsRequestBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeScheduledActionsRequestBuilder toBuilder() {
        return new DescribeScheduledActionsRequestBuilder().from(this);
    }
}
