package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.events.Event;
import io.ecskit.domain.events.EventEntry;
import io.ecskit.domain.events.EventRule;
import io.ecskit.domain.events.EventTarget;
import io.ecskit.domain.events.PutEventResult;
import io.ecskit.domain.events.RuleSpec;
import io.ecskit.domain.events.TargetFailure;
import io.ecskit.port.out.EventsPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * EventBridge's default bus in memory (issue 25 item 6), with EventBridge's checks and errors (docs/ecs-rules.md,
 * "EventBridge"). Events ECS sends and those PutEvents sends go to every enabled rule whose pattern they match, on the
 * simulation's clock; targets: CloudWatch Logs groups (the event's JSON as a log event, in a stream named by the event's
 * id) and, from scheduled rules, ECS clusters (RunTask with the target's EcsParameters at each scheduled time). Tests
 * listen in process with {@code Simulator.listen}.
 */
final class InMemoryEvents implements EventsPort {

    static final String DEFAULT_BUS = "default";
    private static final Pattern NAME = Pattern.compile("[.\\-_A-Za-z0-9]{1,64}");
    private static final int MAX_TARGETS = 5;
    private static final int MAX_ENTRIES = 10;

    private final InMemoryState state;

    @Inject
    InMemoryEvents(InMemoryState state) {
        this.state = state;
    }

    private EventsState bus() {
        return state.events;
    }

    String ruleArn(String name) {
        return "arn:aws:events:" + state.region.code() + ":" + state.account.value() + ":rule/" + name;
    }

    @Override
    public Either<EcsError, EventRule> putRule(RuleSpec spec) {
        return state.call("PutRule", () -> {
            if (!NAME.matcher(spec.name()).matches()) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + spec.name() + "'", "name",
                        "satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+")), "ValidationException"));
            }
            if (spec.eventPattern().isEmpty() && spec.scheduleExpression().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.EVENT_RULE_PATTERN_OR_SCHEDULE));
            }
            JsonNode pattern = null;
            if (spec.eventPattern().isDefined()) {
                Either<String, JsonNode> parsed = EventPatterns.parse(spec.eventPattern().get());
                if (parsed.isLeft()) {
                    return Either.left(EcsError.of(EcsRule.EVENT_PATTERN_VALID, parsed.getLeft()));
                }
                pattern = parsed.get();
            }
            Schedules.Schedule schedule = null;
            if (spec.scheduleExpression().isDefined()) {
                Option<Schedules.Schedule> parsed = Schedules.parse(spec.scheduleExpression().get());
                if (parsed.isEmpty()) {
                    return Either.left(EcsError.of(EcsRule.SCHEDULE_EXPRESSION_VALID));
                }
                schedule = parsed.get();
            }
            String ruleState = spec.state().getOrElse(EventRule.ENABLED);
            if (!ruleState.equals(EventRule.ENABLED) && !ruleState.equals(EventRule.DISABLED)) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + ruleState + "'", "state",
                        "satisfy enum value set: [ENABLED, DISABLED]")), "ValidationException"));
            }
            EventsState.RuleEntry entry = bus().rules.computeIfAbsent(spec.name(), n -> new EventsState.RuleEntry());
            Instant now = state.now();
            boolean rescheduled = entry.schedule == null || !spec.scheduleExpression().equals(entry.rule.scheduleExpression());
            entry.rule = new EventRule(spec.name(), ruleArn(spec.name()), spec.eventPattern(), spec.scheduleExpression(), ruleState,
                    spec.description(), spec.roleArn(), DEFAULT_BUS, entry.rule == null ? spec.tags().toList() : entry.rule.tags());
            entry.pattern = pattern;
            entry.schedule = schedule;
            if (rescheduled) {
                entry.created = now;
                entry.nextFire = schedule == null ? null : schedule.after(now, now).getOrNull();
            }
            refresh(entry);
            return Either.right(entry.rule);
        });
    }

    @Override
    public Either<EcsError, EventRule> rule(String name) {
        return state.call("DescribeRule", () -> entry(name).map(e -> e.rule));
    }

    @Override
    public Either<EcsError, Seq<EventRule>> rules(Option<String> namePrefix) {
        return state.call("ListRules", () -> Either.right(List.ofAll(bus().rules.values()).map(e -> e.rule)
                .filter(r -> namePrefix.forAll(p -> r.name().startsWith(p)))));
    }

    @Override
    public Either<EcsError, Done> deleteRule(String name) {
        return state.call("DeleteRule", () -> {
            EventsState.RuleEntry entry = bus().rules.get(name);
            if (entry != null && !entry.targets.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.EVENT_RULE_WITHOUT_TARGETS));
            }
            bus().rules.remove(name);
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, Done> enableRule(String name) {
        return state.call("EnableRule", () -> entry(name).map(e -> {
            e.rule = withState(e.rule, EventRule.ENABLED);
            refresh(e);
            return Done.DONE;
        }));
    }

    @Override
    public Either<EcsError, Done> disableRule(String name) {
        return state.call("DisableRule", () -> entry(name).map(e -> {
            e.rule = withState(e.rule, EventRule.DISABLED);
            return Done.DONE;
        }));
    }

    /**
     * A schedule's next time is never in the past: a rule that had no targets, or was disabled, fires from now on (times
     * it missed are not made up), as EventBridge invokes only what is due while it can.
     */
    private void refresh(EventsState.RuleEntry e) {
        Instant now = state.now();
        if (e.schedule != null && (e.nextFire == null || !e.nextFire.isAfter(now))) {
            e.nextFire = e.schedule.after(now, e.created).getOrNull();
        }
    }

    private static EventRule withState(EventRule r, String ruleState) {
        return new EventRule(r.name(), r.arn(), r.eventPattern(), r.scheduleExpression(), ruleState, r.description(), r.roleArn(),
                r.eventBusName(), r.tags());
    }

    @Override
    public Either<EcsError, Seq<TargetFailure>> putTargets(String rule, Seq<EventTarget> targets) {
        return state.call("PutTargets", () -> entry(rule).flatMap(e -> {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>(e.targets.keySet());
            targets.forEach(t -> ids.add(t.id()));
            if (ids.size() > MAX_TARGETS) {
                return Either.left(EcsError.of(EcsRule.EVENT_TARGETS_AT_MOST_FIVE));
            }
            refresh(e);
            List<TargetFailure> failures = List.empty();
            for (EventTarget t : targets) {
                Option<String> problem = problem(e, t);
                if (problem.isDefined()) {
                    failures = failures.append(new TargetFailure(t.id(), "ValidationException", problem.get()));
                } else {
                    e.targets.put(t.id(), t);
                }
            }
            return Either.right(failures);
        }));
    }

    /** Why a target cannot be put on a rule, in EventBridge's words where it has them. */
    private Option<String> problem(EventsState.RuleEntry rule, EventTarget t) {
        if (!NAME.matcher(t.id()).matches()) {
            return Option.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + t.id() + "'", "id", "satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+"));
        }
        if (t.inputPath().isDefined() && !t.inputPath().get().matches("\\$(\\.[A-Za-z0-9_-]+)*")) {
            return Option.of(EcsRule.EVENT_TARGET_INPUT_PATH.message(t.inputPath().get()));
        }
        if (t.input().isDefined() && t.inputPath().isDefined()) {
            return Option.of(EcsRule.EVENT_TARGET_ONE_INPUT.message(t.id()));
        }
        if (t.input().isDefined() && !isJson(t.input().get())) {
            return Option.of(EcsRule.EVENT_TARGET_INPUT_JSON.message(t.id()));
        }
        String ecs = "arn:aws:ecs:" + state.region.code() + ":" + state.account.value() + ":cluster/";
        String logs = "arn:aws:logs:" + state.region.code() + ":" + state.account.value() + ":log-group:";
        if (t.arn().startsWith(ecs)) {
            if (t.ecsParameters().isEmpty()) {
                return Option.of(EcsRule.EVENT_TARGET_DELIVERED.message(t.arn(), "an ECS target needs EcsParameters"));
            }
            if (t.roleArn().isEmpty()) {
                return Option.of(EcsRule.EVENT_TARGET_ROLE.message(t.arn()));
            }
            if (rule.schedule == null) {
                return Option.of(EcsRule.EVENT_TARGET_DELIVERED.message(t.arn(), "ecskit runs ECS targets of scheduled rules only"));
            }
            if (InMemoryTasks.scheduledDefinition(t.ecsParameters().get().taskDefinitionArn()).isEmpty()) {
                return Option.of(EcsRule.EVENT_TARGET_DELIVERED.message(t.arn(), "its TaskDefinitionArn "
                        + t.ecsParameters().get().taskDefinitionArn() + " is not a task definition's ARN or family:revision"));
            }
            if (t.input().isDefined() || t.inputPath().isDefined()) {
                return Option.of(EcsRule.EVENT_TARGET_DELIVERED.message(t.arn(), "ecskit does not pass Input or InputPath (container overrides) to "
                        + "ECS targets yet"));
            }
            return Option.none();
        }
        if (t.arn().startsWith(logs) && t.ecsParameters().isEmpty()) {
            return Option.none();
        }
        return Option.of(EcsRule.EVENT_TARGET_DELIVERED.message(t.arn(), "ecskit delivers to this region's CloudWatch Logs groups "
                + "and ECS clusters"));
    }

    private static boolean isJson(String text) {
        try {
            EventPatterns.JSON.readTree(text);
            return true;
        } catch (IOException notJson) {
            return false;
        }
    }

    @Override
    public Either<EcsError, Seq<TargetFailure>> removeTargets(String rule, Seq<String> ids) {
        return state.call("RemoveTargets", () -> entry(rule).map(e -> {
            ids.forEach(e.targets::remove);
            return (Seq<TargetFailure>) List.<TargetFailure>empty();
        }));
    }

    @Override
    public Either<EcsError, Seq<EventTarget>> targets(String rule) {
        return state.call("ListTargetsByRule", () -> entry(rule).map(e -> List.ofAll(e.targets.values())));
    }

    @Override
    public Either<EcsError, Seq<PutEventResult>> putEvents(Seq<EventEntry> entries) {
        return state.call("PutEvents", () -> {
            if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message("", "entries", entries.isEmpty()
                        ? "have length greater than or equal to 1" : "have length less than or equal to 10")), "ValidationException"));
            }
            return Either.right(entries.map(entry -> {
                if (entry.source().isEmpty() || entry.detailType().isEmpty() || entry.detail().isEmpty()) {
                    return new PutEventResult(Option.none(), Option.of("InvalidArgument"), Option.of(EcsRule.EVENT_ENTRY_COMPLETE.message()));
                }
                if (entry.source().startsWith("aws.")) {
                    return new PutEventResult(Option.none(), Option.of("NotAuthorizedForSourceException"),
                            Option.of(EcsRule.EVENT_SOURCE_OURS.message()));
                }
                JsonNode detail;
                try {
                    detail = EventPatterns.JSON.readTree(entry.detail());
                } catch (IOException notJson) {
                    detail = null;
                }
                if (detail == null || !detail.isObject()) {
                    return new PutEventResult(Option.none(), Option.of("MalformedDetail"), Option.of(EcsRule.EVENT_DETAIL_JSON.message()));
                }
                Event event = new Event(state.newUuid(), entry.detailType(), entry.source(), state.account.value(),
                        entry.time().getOrElse(state.now()), state.region.code(), entry.resources().toList(), detail.toString());
                state.publish(event);
                return new PutEventResult(Option.of(event.id()), Option.none(), Option.none());
            }));
        });
    }

    @Override
    public Either<EcsError, Boolean> testEventPattern(String pattern, String event) {
        return state.call("TestEventPattern", () -> {
            Either<String, JsonNode> parsed = EventPatterns.parse(pattern);
            if (parsed.isLeft()) {
                return Either.left(EcsError.of(EcsRule.EVENT_PATTERN_VALID, parsed.getLeft()));
            }
            JsonNode tree;
            try {
                tree = EventPatterns.JSON.readTree(event);
            } catch (IOException notJson) {
                tree = null;
            }
            if (tree == null || !tree.isObject()) {
                return Either.left(EcsError.of(EcsRule.EVENT_JSON));
            }
            return Either.right(EventPatterns.matches(parsed.get(), tree));
        });
    }

    /** The rule an ARN names ({@code arn:aws:events:REGION:ACCOUNT:rule/NAME}, the default bus's). */
    private Either<EcsError, EventsState.RuleEntry> byArn(String arn) {
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        return Option.of(bus().rules.get(name)).filter(r -> r.rule.arn().equals(arn)).toEither(() -> EcsError.of(EcsRule.EVENT_RULE_FOUND, name));
    }

    @Override
    public Either<EcsError, List<io.ecskit.domain.Tag>> tags(String resourceArn) {
        return state.call("ListTagsForResource", () -> byArn(resourceArn).map(r -> r.rule.tags()));
    }

    @Override
    public Either<EcsError, Done> tagResource(String resourceArn, Seq<io.ecskit.domain.Tag> tags) {
        return state.call("TagResource", () -> byArn(resourceArn).flatMap(r -> {
            List<io.ecskit.domain.Tag> merged = Tagging.merged(r.rule.tags(), tags);
            if (merged.size() > 50) {
                return Either.left(EcsError.of(EcsRule.NEIGHBOUR_TAGS_AT_MOST_FIFTY, resourceArn));
            }
            r.rule = retagged(r.rule, merged);
            return Either.right(Done.DONE);
        }));
    }

    @Override
    public Either<EcsError, Done> untagResource(String resourceArn, Seq<String> tagKeys) {
        return state.call("UntagResource", () -> byArn(resourceArn).map(r -> {
            r.rule = retagged(r.rule, r.rule.tags().filter(t -> !t.key().exists(tagKeys::contains)));
            return Done.DONE;
        }));
    }

    private static EventRule retagged(EventRule r, List<io.ecskit.domain.Tag> tags) {
        return new EventRule(r.name(), r.arn(), r.eventPattern(), r.scheduleExpression(), r.state(), r.description(), r.roleArn(), r.eventBusName(), tags);
    }

    private Either<EcsError, EventsState.RuleEntry> entry(String name) {
        return Option.of(bus().rules.get(name)).toEither(() -> EcsError.of(EcsRule.EVENT_RULE_FOUND, name));
    }
}
