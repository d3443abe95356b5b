package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The CloudWatch alarm configuration for a daemon. Source: ECS API reference (DaemonAlarmConfiguration).
 *
 * @param alarmNames The CloudWatch alarm names to monitor during a daemon deployment.
 * @param enable Determines whether to use the CloudWatch alarm option in the daemon deployment process.
 */
@Value.Builder
public record DaemonAlarmConfiguration(
        List<String> alarmNames,
        Option<Boolean> enable) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonAlarmConfigurationBuilder builder() {
        return new DaemonAlarmConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonAlarmConfigurationBuilder toBuilder() {
        return new DaemonAlarmConfigurationBuilder().from(this);
    }
}
