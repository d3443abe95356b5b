package io.ecskit.domain.scaling;

import org.immutables.value.Value;

/**
 * Represents a CloudWatch alarm associated with a scaling policy. Source: Application Auto Scaling API reference (Alarm).
 *
 * @param alarmName The name of the alarm. (required)
 * @param alarmARN The Amazon Resource Name (ARN) of the alarm. (required)
 */
@Value.Builder
public record Alarm(
        String alarmName,
        String alarmARN) {

    /** A builder with every optional component absent and every list empty. */
    public static AlarmBuilder builder() {
        return new AlarmBuilder();
    }

    /** A builder holding this record's values. */
    public AlarmBuilder toBuilder() {
        return new AlarmBuilder().from(this);
    }
}
