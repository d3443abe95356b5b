package io.ecskit.domain.service;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The CloudWatch alarms' view of a service deployment.
 *
 * @param status TRIGGERED, MONITORING, MONITORING_COMPLETE or DISABLED.
 * @param alarmNames Alarms watched.
 * @param triggeredAlarmNames Alarms that went into ALARM.
 */
@Value.Builder
public record ServiceDeploymentAlarms(
        Option<ServiceDeploymentRollbackMonitorsStatus> status,
        List<String> alarmNames,
        List<String> triggeredAlarmNames) {

    /** A null optional component becomes absent and a null list empty, as the builder leaves unset ones. */
    public ServiceDeploymentAlarms {
        status = status == null ? Option.none() : status;
        alarmNames = alarmNames == null ? List.empty() : alarmNames;
        triggeredAlarmNames = triggeredAlarmNames == null ? List.empty() : triggeredAlarmNames;
    }

    /** A builder with every optional component absent and every list empty. */
    public static ServiceDeploymentAlarmsBuilder builder() {
        return new ServiceDeploymentAlarmsBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceDeploymentAlarmsBuilder toBuilder() {
        return new ServiceDeploymentAlarmsBuilder().from(this);
    }
}
