package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The CloudWatch alarms used to determine a daemon deployment failed. Source: ECS API reference (DaemonDeploymentAlarms).
 *
 * @param status The status of the alarms check.
 * @param alarmNames The name of the CloudWatch alarms that determine when a daemon deployment failed.
 * @param triggeredAlarmNames One or more CloudWatch alarm names that have been triggered during the daemon deployment.
 */
@Value.Builder
public record DaemonDeploymentAlarms(
        Option<DaemonDeploymentRollbackMonitorsStatus> status,
        List<String> alarmNames,
        List<String> triggeredAlarmNames) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonDeploymentAlarmsBuilder builder() {
        return new DaemonDeploymentAlarmsBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonDeploymentAlarmsBuilder toBuilder() {
        return new DaemonDeploymentAlarmsBuilder().from(this);
    }
}
