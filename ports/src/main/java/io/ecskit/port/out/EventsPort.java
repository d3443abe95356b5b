package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.events.EventEntry;
import io.ecskit.domain.events.EventRule;
import io.ecskit.domain.events.EventTarget;
import io.ecskit.domain.events.PutEventResult;
import io.ecskit.domain.events.RuleSpec;
import io.ecskit.domain.events.TargetFailure;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * EventBridge's default event bus of one region, as far as ECS workloads use it (issue 25 item 6): rules matching the
 * events ECS sends (or running on a schedule) and their targets. Errors are EventBridge's (docs/ecs-rules.md,
 * "EventBridge"). Source: EventBridge API reference.
 */
public interface EventsPort {

    /** PutRule: the rule made, or replaced when one of that name exists (its targets stay). */
    Either<EcsError, EventRule> putRule(RuleSpec spec);

    /** DescribeRule. */
    Either<EcsError, EventRule> rule(String name);

    /** ListRules, every page: those whose name starts with {@code namePrefix}, by name. */
    Either<EcsError, Seq<EventRule>> rules(Option<String> namePrefix);

    /** DeleteRule: not while it has targets (ValidationException); an unknown rule is not an error. */
    Either<EcsError, Done> deleteRule(String name);

    /** EnableRule. */
    Either<EcsError, Done> enableRule(String name);

    /** DisableRule. */
    Either<EcsError, Done> disableRule(String name);

    /** PutTargets: at most 5 targets a rule; those it could not take, with why. */
    Either<EcsError, Seq<TargetFailure>> putTargets(String rule, Seq<EventTarget> targets);

    /** RemoveTargets: those it could not remove, with why. */
    Either<EcsError, Seq<TargetFailure>> removeTargets(String rule, Seq<String> ids);

    /** ListTargetsByRule, every page, in the order put. */
    Either<EcsError, Seq<EventTarget>> targets(String rule);

    /** PutEvents: 1..10 entries, each sent or refused on its own. */
    Either<EcsError, Seq<PutEventResult>> putEvents(Seq<EventEntry> entries);

    /** TestEventPattern: whether {@code event} (an event's JSON) matches {@code pattern}. */
    Either<EcsError, Boolean> testEventPattern(String pattern, String event);
    /** ListTagsForResource: the tags of a rule of the default bus (by its ARN). */
    Either<EcsError, io.vavr.collection.List<io.ecskit.domain.Tag>> tags(String resourceArn);

    /** TagResource: tags added to a rule of the default bus (by its ARN), a key already there taking the new value; at most 50 in all. */
    Either<EcsError, Done> tagResource(String resourceArn, Seq<io.ecskit.domain.Tag> tags);

    /** UntagResource: the tags of those keys taken off a rule of the default bus (by its ARN) (keys it lacks are passed over). */
    Either<EcsError, Done> untagResource(String resourceArn, Seq<String> tagKeys);
}
