package io.ecskit.domain.metrics;

import java.time.Instant;

/**
 * A metric alarm as DescribeAlarms answers it: what PutMetricAlarm set, and its state.
 *
 * @param spec what PutMetricAlarm set
 * @param alarmArn {@code arn:aws:cloudwatch:REGION:ACCOUNT:alarm:NAME}
 * @param stateValue OK, ALARM or INSUFFICIENT_DATA (the state of a new alarm)
 * @param stateReason why, in CloudWatch's words
 * @param stateUpdatedTimestamp when the state last changed
 * @param configurationUpdatedTimestamp when PutMetricAlarm last set it
 */
public record MetricAlarm(AlarmSpec spec, String alarmArn, String stateValue, String stateReason, Instant stateUpdatedTimestamp,
                          Instant configurationUpdatedTimestamp) {
}
