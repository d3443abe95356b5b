package io.ecskit.domain.service;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * CloudWatch alarms that fail a deployment.
 *
 * @param alarmNames Names of the CloudWatch alarms to watch (required).
 * @param rollback Whether a deployment failed by an alarm rolls back (required).
 * @param enable Whether the alarms are watched (required).
 */
@Value.Builder
public record DeploymentAlarms(
        List<String> alarmNames,
        boolean rollback,
        boolean enable) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentAlarmsBuilder builder() {
        return new DeploymentAlarmsBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentAlarmsBuilder toBuilder() {
        return new DeploymentAlarmsBuilder().from(this);
    }
}
