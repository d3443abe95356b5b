package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DescribeScalingActivitiesResponse).
 *
 * @param scalingActivities A list of scaling activity objects.
 * @param nextToken The token required to get the next set of results.
 */
@Value.Builder
public record DescribeScalingActivitiesResponse(
        List<ScalingActivity> scalingActivities,
        Option<String> nextToken) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeScalingActivitiesResponseBuilder builder() {
        return new DescribeScalingActivitiesResponseBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeScalingActivitiesResponseBuilder toBuilder() {
        return new DescribeScalingActivitiesResponseBuilder().from(this);
    }
}
