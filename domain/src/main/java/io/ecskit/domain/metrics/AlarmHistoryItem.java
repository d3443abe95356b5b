package io.ecskit.domain.metrics;

import java.time.Instant;

/**
 * One entry of an alarm's history, as DescribeAlarmHistory answers it (CloudWatch keeps 30 days of it).
 *
 * @param alarmName the alarm's name
 * @param alarmType MetricAlarm
 * @param timestamp when it happened
 * @param historyItemType StateUpdate (the state changed) or ConfigurationUpdate (PutMetricAlarm created or changed it, or
 *                        its actions were enabled or disabled)
 * @param historySummary CloudWatch's one line: {@code Alarm updated from OK to ALARM}, {@code Alarm "NAME" created}, ...
 * @param historyData the change as CloudWatch's JSON document ({@code version}, {@code oldState}/{@code newState}, or
 *                    {@code type} and the alarm)
 */
public record AlarmHistoryItem(String alarmName, String alarmType, Instant timestamp, String historyItemType, String historySummary,
                               String historyData) {
}
