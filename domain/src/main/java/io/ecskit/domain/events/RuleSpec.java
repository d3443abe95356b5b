package io.ecskit.domain.events;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What PutRule asks for: a rule made, or replaced when one of the name exists. Source: EventBridge API reference, PutRule.
 *
 * @param name the name (required)
 * @param eventPattern an event pattern (JSON); this or {@code scheduleExpression} (or both) is required
 * @param scheduleExpression {@code rate(N minute|minutes|hour|hours|day|days)} or {@code cron(min hour day month weekday year)}, UTC
 * @param state {@code ENABLED} (the default) or {@code DISABLED}
 * @param description up to 512 characters
 * @param roleArn the role that invokes the targets
 * @param tags the tags, set when the rule is made
 */
public record RuleSpec(String name, Option<String> eventPattern, Option<String> scheduleExpression, Option<String> state,
                       Option<String> description, Option<String> roleArn, List<Tag> tags) {

    /** A rule matching events by {@code pattern}. */
    public static RuleSpec matching(String name, String pattern) {
        return new RuleSpec(name, Option.of(pattern), Option.none(), Option.none(), Option.none(), Option.none(), List.empty());
    }

    /** A rule running on {@code schedule} ({@code rate(5 minutes)}, {@code cron(0 12 * * ? *)}). */
    public static RuleSpec scheduled(String name, String schedule) {
        return new RuleSpec(name, Option.none(), Option.of(schedule), Option.none(), Option.none(), Option.none(), List.empty());
    }
}
