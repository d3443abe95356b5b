package io.ecskit.domain.scaling;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Application Auto Scaling API reference. Source: Application Auto Scaling API reference (DescribeScalableTargetsResponse).
 *
 * @param scalableTargets The scalable targets that match the request parameters.
 * @param nextToken The token required to get the next set of results.
 */
@Value.Builder
public record DescribeScalableTargetsResponse(
        List<ScalableTarget> scalableTargets,
        Option<String> nextToken) {

    /** A builder with every optional component absent and every list empty. */
    public static DescribeScalableTargetsResponseBuilder builder() {
        return new DescribeScalableTargetsResponseBuilder();
    }

    /** A builder holding this record's values. */
    public DescribeScalableTargetsResponseBuilder toBuilder() {
        return new DescribeScalableTargetsResponseBuilder().from(this);
    }
}
