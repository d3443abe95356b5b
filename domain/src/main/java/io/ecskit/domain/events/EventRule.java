package io.ecskit.domain.events;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * An EventBridge rule as DescribeRule answers it. Source: EventBridge API reference, DescribeRule.
 *
 * @param name 1..64 of letters, digits and {@code .-_}; unique on its bus
 * @param arn {@code arn:aws:events:REGION:ACCOUNT:rule/NAME}
 * @param eventPattern the event pattern (JSON), when the rule matches events
 * @param scheduleExpression {@code rate(N unit)} or {@code cron(...)}, when the rule runs on a schedule
 * @param state {@code ENABLED} (the default) or {@code DISABLED}
 * @param description up to 512 characters
 * @param roleArn the role EventBridge uses to invoke the targets (an ECS target needs one)
 * @param eventBusName {@code default}: ecskit serves the account's default bus
 * @param tags the rule's tags
 */
public record EventRule(String name, String arn, Option<String> eventPattern, Option<String> scheduleExpression, String state,
                        Option<String> description, Option<String> roleArn, String eventBusName, List<Tag> tags) {

    /** The state of a rule that invokes its targets. */
    public static final String ENABLED = "ENABLED";
    /** The state of a rule that invokes nothing. */
    public static final String DISABLED = "DISABLED";
}
