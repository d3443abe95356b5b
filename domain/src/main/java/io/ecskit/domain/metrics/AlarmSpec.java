package io.ecskit.domain.metrics;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What PutMetricAlarm asks for: an alarm on one metric's statistic (made, or replaced when the name exists). Source:
 * CloudWatch API reference, PutMetricAlarm.
 *
 * @param alarmName 1..255 characters (required)
 * @param description up to 1,024 characters
 * @param namespace the metric's namespace
 * @param metricName the metric's name
 * @param dimensions the metric's dimensions
 * @param statistic SampleCount, Average, Sum, Minimum or Maximum
 * @param period seconds per evaluated period: 10, 20, 30 or a multiple of 60
 * @param evaluationPeriods how many recent periods are evaluated (at least 1)
 * @param datapointsToAlarm how many of those must breach for ALARM (all of them by default)
 * @param threshold the value compared with
 * @param comparisonOperator GreaterThanOrEqualToThreshold, GreaterThanThreshold, LessThanThreshold or LessThanOrEqualToThreshold
 * @param treatMissingData missing (the default), notBreaching, breaching or ignore
 * @param actionsEnabled whether actions run on state changes (true by default)
 * @param alarmActions what runs while the alarm is in ALARM: ecskit runs Application Auto Scaling policies
 *                     ({@code arn:aws:autoscaling:...:scalingPolicy:...}) once per period the alarm stays in ALARM, as
 *                     CloudWatch runs Auto Scaling actions; at most 5
 * @param tags the alarm's tags
 */
public record AlarmSpec(String alarmName, Option<String> description, String namespace, String metricName, List<Dimension> dimensions,
                        String statistic, int period, int evaluationPeriods, Option<Integer> datapointsToAlarm, double threshold,
                        String comparisonOperator, Option<String> treatMissingData, Option<Boolean> actionsEnabled, List<String> alarmActions,
                        List<Tag> tags) {

    /** An alarm when {@code statistic} of the metric is {@code comparisonOperator} {@code threshold} for {@code evaluationPeriods} periods of a minute. */
    public static AlarmSpec of(String alarmName, String namespace, String metricName, List<Dimension> dimensions, String statistic,
                               String comparisonOperator, double threshold, int evaluationPeriods) {
        return new AlarmSpec(alarmName, Option.none(), namespace, metricName, dimensions, statistic, 60, evaluationPeriods, Option.none(),
                threshold, comparisonOperator, Option.none(), Option.none(), List.empty(), List.empty());
    }

    /** This alarm with {@code actions} as its AlarmActions. */
    public AlarmSpec withAlarmActions(List<String> actions) {
        return new AlarmSpec(alarmName, description, namespace, metricName, dimensions, statistic, period, evaluationPeriods, datapointsToAlarm,
                threshold, comparisonOperator, treatMissingData, actionsEnabled, actions, tags);
    }
}
