package io.ecskit.domain.scaling;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Represents a predefined metric for a target tracking scaling policy to use with Application Auto Scaling. Source: Application Auto Scaling API reference (PredefinedMetricSpecification).
 *
 * @param predefinedMetricType The metric type. (required)
 * @param resourceLabel Identifies the resource associated with the metric type.
 */
@Value.Builder
public record PredefinedMetricSpecification(
        MetricType predefinedMetricType,
        Option<String> resourceLabel) {

    /** A builder with every optional component absent and every list empty. */
    public static PredefinedMetricSpecificationBuilder builder() {
        return new PredefinedMetricSpecificationBuilder();
    }

    /** A builder holding this record's values. */
    public PredefinedMetricSpecificationBuilder toBuilder() {
        return new PredefinedMetricSpecificationBuilder().from(this);
    }
}
