package io.ecskit.domain.service;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * Extra CloudWatch metrics of a service.
 *
 * @param metricConfigurations Which metrics at which resolution.
 */
@Value.Builder
public record MonitoringConfiguration(
        List<MetricConfiguration> metricConfigurations) {

    /** A builder with every optional component absent and every list empty. */
    public static MonitoringConfigurationBuilder builder() {
        return new MonitoringConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public MonitoringConfigurationBuilder toBuilder() {
        return new MonitoringConfigurationBuilder().from(this);
    }
}
