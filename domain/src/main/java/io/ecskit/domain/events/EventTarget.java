package io.ecskit.domain.events;

import io.vavr.control.Option;

/**
 * A rule's target as PutTargets takes it and ListTargetsByRule answers it: a CloudWatch Logs group
 * ({@code arn:aws:logs:REGION:ACCOUNT:log-group:NAME}) or an ECS cluster ({@code arn:aws:ecs:REGION:ACCOUNT:cluster/NAME},
 * with {@code ecsParameters}: a scheduled task). Source: EventBridge API reference, Target.
 *
 * @param id 1..64 of letters, digits and {@code .-_}; unique in its rule
 * @param arn what is invoked
 * @param roleArn the role EventBridge uses to invoke it (required for an ECS target)
 * @param input JSON sent instead of the event
 * @param inputPath the JSONPath of the part of the event sent ({@code $.detail})
 * @param ecsParameters the task an ECS target runs
 */
public record EventTarget(String id, String arn, Option<String> roleArn, Option<String> input, Option<String> inputPath,
                          Option<EcsTaskTarget> ecsParameters) {

    /** A target sending the whole event to {@code arn}. */
    public static EventTarget of(String id, String arn) {
        return new EventTarget(id, arn, Option.none(), Option.none(), Option.none(), Option.none());
    }
}
