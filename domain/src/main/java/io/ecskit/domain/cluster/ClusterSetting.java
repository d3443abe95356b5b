package io.ecskit.domain.cluster;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A cluster setting.
 *
 * @param name Setting name: containerInsights.
 * @param value enabled, enhanced or disabled (containerInsights).
 */
@Value.Builder
public record ClusterSetting(
        Option<ClusterSettingName> name,
        Option<String> value) {

    /** A builder with every optional component absent and every list empty. */
    public static ClusterSettingBuilder builder() {
        return new ClusterSettingBuilder();
    }

    /** A builder holding this record's values. */
    public ClusterSettingBuilder toBuilder() {
        return new ClusterSettingBuilder().from(this);
    }
}
