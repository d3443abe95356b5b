package io.ecskit.domain.daemon;

import io.ecskit.domain.taskdef.LogDriver;
import org.immutables.value.Value;

/**
 * The configuration for a log driver volume in a daemon task definition. Source: ECS API reference (LogDriverVolumeConfiguration).
 *
 * @param driver The log driver whose log files the volume contains. (required)
 */
@Value.Builder
public record LogDriverVolumeConfiguration(
        LogDriver driver) {

    /** A builder with every optional component absent and every list empty. */
    public static LogDriverVolumeConfigurationBuilder builder() {
        return new LogDriverVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public LogDriverVolumeConfigurationBuilder toBuilder() {
        return new LogDriverVolumeConfigurationBuilder().from(this);
    }
}
