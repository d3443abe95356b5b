package io.ecskit.domain.express;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Defines the auto-scaling configuration for an Express service. Source: ECS API reference (ExpressGatewayScalingTarget).
 *
 * @param minTaskCount The minimum number of tasks to run in the Express service.
 * @param maxTaskCount The maximum number of tasks to run in the Express service.
 * @param autoScalingMetric The metric used for auto-scaling decisions.
 * @param autoScalingTargetValue The target value for the auto-scaling metric.
 */
@Value.Builder
public record ExpressGatewayScalingTarget(
        Option<Integer> minTaskCount,
        Option<Integer> maxTaskCount,
        Option<ExpressGatewayServiceScalingMetric> autoScalingMetric,
        Option<Integer> autoScalingTargetValue) {

    /** A builder with every optional component absent and every list empty. */
    public static ExpressGatewayScalingTargetBuilder builder() {
        return new ExpressGatewayScalingTargetBuilder();
    }

    /** A builder holding this record's values. */
    public ExpressGatewayScalingTargetBuilder toBuilder() {
        return new ExpressGatewayScalingTargetBuilder().from(this);
    }
}
