package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.events.EcsTaskTarget;
import io.ecskit.domain.events.EventEntry;
import io.ecskit.domain.events.EventRule;
import io.ecskit.domain.events.EventTarget;
import io.ecskit.domain.events.RuleSpec;
import io.ecskit.domain.events.TargetFailure;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.services.eventbridge.model.*;

import java.util.Map;
import java.util.Set;

/**
 * EventBridge ({@code AWSEvents.}, JSON 1.1) on {@link io.ecskit.port.out.EventsPort}: the server table's rows for the
 * account's default bus (issue 25 item 6). Members a row does not act on are refused by name ({@link Wire#read}, and a
 * target's parameters for services ecskit does not deliver to); ListRules and ListTargetsByRule page by {@code Limit}
 * (1..100) and {@code NextToken}.
 */
final class EventsOperations {

    static final String PREFIX = "AWSEvents.";
    private static final int PAGE = 100;

    private EventsOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "ListTagsForResource", (kit, body) -> {
            var r = Wire.read(body, ListTagsForResourceRequest::builder, "ListTagsForResource", Set.of("ResourceARN"));
            required(r.resourceARN(), "resourceARN");
            return kit.api().events().tags(r.resourceARN()).fold(Answer::error, tags -> Answer.ok(ListTagsForResourceResponse.builder()
                    .tags(tags.map(t -> Tag.builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build()).asJava()).build()));
        });
        operations.put(PREFIX + "TagResource", (kit, body) -> {
            var r = Wire.read(body, TagResourceRequest::builder, "TagResource", Set.of("ResourceARN", "Tags"));
            required(r.resourceARN(), "resourceARN");
            return kit.api().events().tagResource(r.resourceARN(), List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value())))
                    .fold(Answer::error, done -> Answer.ok(TagResourceResponse.builder().build()));
        });
        operations.put(PREFIX + "UntagResource", (kit, body) -> {
            var r = Wire.read(body, UntagResourceRequest::builder, "UntagResource", Set.of("ResourceARN", "TagKeys"));
            required(r.resourceARN(), "resourceARN");
            return kit.api().events().untagResource(r.resourceARN(), List.ofAll(r.tagKeys()))
                    .fold(Answer::error, done -> Answer.ok(UntagResourceResponse.builder().build()));
        });
        operations.put(PREFIX + "PutRule", (kit, body) -> {
            var r = Wire.read(body, PutRuleRequest::builder, "PutRule", Set.of("Name", "ScheduleExpression", "EventPattern", "State",
                    "Description", "RoleArn", "Tags", "EventBusName"));
            required(r.name(), "name");
            bus(r.eventBusName());
            return kit.api().events().putRule(new RuleSpec(r.name(), Option.of(r.eventPattern()), Option.of(r.scheduleExpression()),
                            Option.of(r.stateAsString()), Option.of(r.description()), Option.of(r.roleArn()),
                            List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value()))))
                    .fold(Answer::error, rule -> Answer.ok(PutRuleResponse.builder().ruleArn(rule.arn()).build()));
        });
        operations.put(PREFIX + "DescribeRule", (kit, body) -> {
            var r = Wire.read(body, DescribeRuleRequest::builder, "DescribeRule", Set.of("Name", "EventBusName"));
            required(r.name(), "name");
            bus(r.eventBusName());
            return kit.api().events().rule(r.name()).fold(Answer::error, rule -> Answer.ok(DescribeRuleResponse.builder().name(rule.name())
                    .arn(rule.arn()).eventPattern(rule.eventPattern().getOrNull()).scheduleExpression(rule.scheduleExpression().getOrNull())
                    .state(rule.state()).description(rule.description().getOrNull()).roleArn(rule.roleArn().getOrNull())
                    .eventBusName(rule.eventBusName()).createdBy(kit.accountId()).build()));
        });
        operations.put(PREFIX + "ListRules", (kit, body) -> {
            var r = Wire.read(body, ListRulesRequest::builder, "ListRules", Set.of("NamePrefix", "EventBusName", "NextToken", "Limit"));
            bus(r.eventBusName());
            return kit.api().events().rules(Option.of(r.namePrefix())).fold(Answer::error, all -> {
                Pages.Page<EventRule> page = Pages.request("ListRules", r.limit(), r.nextToken(), PAGE, PAGE).of(all, EventRule::name);
                return Answer.ok(ListRulesResponse.builder().rules(page.items().map(rule -> Rule.builder().name(rule.name()).arn(rule.arn())
                        .eventPattern(rule.eventPattern().getOrNull()).scheduleExpression(rule.scheduleExpression().getOrNull()).state(rule.state())
                        .description(rule.description().getOrNull()).roleArn(rule.roleArn().getOrNull()).eventBusName(rule.eventBusName()).build())
                        .asJava()).nextToken(page.nextToken().getOrNull()).build());
            });
        });
        operations.put(PREFIX + "DeleteRule", (kit, body) -> {
            var r = Wire.read(body, DeleteRuleRequest::builder, "DeleteRule", Set.of("Name", "EventBusName"));
            required(r.name(), "name");
            bus(r.eventBusName());
            return kit.api().events().deleteRule(r.name()).fold(Answer::error, done -> Answer.ok(DeleteRuleResponse.builder().build()));
        });
        operations.put(PREFIX + "EnableRule", (kit, body) -> {
            var r = Wire.read(body, EnableRuleRequest::builder, "EnableRule", Set.of("Name", "EventBusName"));
            required(r.name(), "name");
            bus(r.eventBusName());
            return kit.api().events().enableRule(r.name()).fold(Answer::error, done -> Answer.ok(EnableRuleResponse.builder().build()));
        });
        operations.put(PREFIX + "DisableRule", (kit, body) -> {
            var r = Wire.read(body, DisableRuleRequest::builder, "DisableRule", Set.of("Name", "EventBusName"));
            required(r.name(), "name");
            bus(r.eventBusName());
            return kit.api().events().disableRule(r.name()).fold(Answer::error, done -> Answer.ok(DisableRuleResponse.builder().build()));
        });
        operations.put(PREFIX + "PutTargets", (kit, body) -> {
            var r = Wire.read(body, PutTargetsRequest::builder, "PutTargets", Set.of("Rule", "EventBusName", "Targets"));
            required(r.rule(), "rule");
            if (!r.hasTargets()) {
                throw Wire.missing("targets", "ValidationException");
            }
            bus(r.eventBusName());
            Seq<EventTarget> targets = List.ofAll(r.targets()).map(EventsOperations::target);
            return kit.api().events().putTargets(r.rule(), targets).fold(Answer::error, failed -> Answer.ok(PutTargetsResponse.builder()
                    .failedEntryCount(failed.size()).failedEntries(failed.map(EventsOperations::putFailure).asJava()).build()));
        });
        operations.put(PREFIX + "RemoveTargets", (kit, body) -> {
            var r = Wire.read(body, RemoveTargetsRequest::builder, "RemoveTargets", Set.of("Rule", "EventBusName", "Ids"));
            required(r.rule(), "rule");
            if (!r.hasIds()) {
                throw Wire.missing("ids", "ValidationException");
            }
            bus(r.eventBusName());
            return kit.api().events().removeTargets(r.rule(), List.ofAll(r.ids())).fold(Answer::error, failed -> Answer.ok(RemoveTargetsResponse.builder()
                    .failedEntryCount(failed.size()).failedEntries(failed.map(f -> RemoveTargetsResultEntry.builder().targetId(f.targetId())
                            .errorCode(f.errorCode()).errorMessage(f.errorMessage()).build()).asJava()).build()));
        });
        operations.put(PREFIX + "ListTargetsByRule", (kit, body) -> {
            var r = Wire.read(body, ListTargetsByRuleRequest::builder, "ListTargetsByRule", Set.of("Rule", "EventBusName", "NextToken", "Limit"));
            required(r.rule(), "rule");
            bus(r.eventBusName());
            return kit.api().events().targets(r.rule()).fold(Answer::error, all -> {
                Pages.Page<EventTarget> page = Pages.request("ListTargetsByRule", r.limit(), r.nextToken(), PAGE, PAGE).of(all, EventTarget::id);
                return Answer.ok(ListTargetsByRuleResponse.builder().targets(page.items().map(EventsOperations::target).asJava())
                        .nextToken(page.nextToken().getOrNull()).build());
            });
        });
        operations.put(PREFIX + "PutEvents", (kit, body) -> {
            var r = Wire.read(body, PutEventsRequest::builder, "PutEvents", Set.of("Entries"));
            if (!r.hasEntries()) {
                throw Wire.missing("entries", "ValidationException");
            }
            for (PutEventsRequestEntry e : r.entries()) {
                if (e.traceHeader() != null) {
                    return Answer.error(400, "ValidationException", "ecskit server does not support PutEvents.Entries.TraceHeader yet; leave it out "
                            + "or use real AWS.");
                }
                bus(e.eventBusName());
            }
            // an entry without its source, type or detail is refused on its own, as EventBridge refuses it
            Seq<EventEntry> entries = List.ofAll(r.entries()).map(e -> new EventEntry(Option.of(e.time()), e.source() == null ? "" : e.source(),
                    List.ofAll(e.resources()), e.detailType() == null ? "" : e.detailType(), e.detail() == null ? "" : e.detail()));
            return kit.api().events().putEvents(entries).fold(Answer::error, results -> Answer.ok(PutEventsResponse.builder()
                    .failedEntryCount(results.count(x -> x.errorCode().isDefined()))
                    .entries(results.map(x -> PutEventsResultEntry.builder().eventId(x.eventId().getOrNull()).errorCode(x.errorCode().getOrNull())
                            .errorMessage(x.errorMessage().getOrNull()).build()).asJava()).build()));
        });
        operations.put(PREFIX + "TestEventPattern", (kit, body) -> {
            var r = Wire.read(body, TestEventPatternRequest::builder, "TestEventPattern", Set.of());
            required(r.eventPattern(), "eventPattern");
            required(r.event(), "event");
            return kit.api().events().testEventPattern(r.eventPattern(), r.event()).fold(Answer::error,
                    result -> Answer.ok(TestEventPatternResponse.builder().result(result).build()));
        });
    }

    private static PutTargetsResultEntry putFailure(TargetFailure f) {
        return PutTargetsResultEntry.builder().targetId(f.targetId()).errorCode(f.errorCode()).errorMessage(f.errorMessage()).build();
    }

    /** Only the default bus is served: its name or its ARN (rule eventBusFound). */
    private static void bus(String name) {
        if (name != null && !name.equals("default") && !name.matches("arn:aws:events:[a-z0-9-]+:\\d{12}:event-bus/default")) {
            throw new Wire.Refused(Answer.error(EcsError.of(EcsRule.EVENT_BUS_FOUND, name)));
        }
    }

    private static void required(Object value, String member) {
        if (value == null) {
            throw Wire.missing(member, "ValidationException");
        }
    }

    /** A target from the wire; parameters for services ecskit does not deliver to are refused by name. */
    private static EventTarget target(Target t) {
        if (t.id() == null || t.arn() == null) {
            throw Wire.missing(t.id() == null ? "targets.member.id" : "targets.member.arn", "ValidationException");
        }
        for (var unsupported : java.util.List.of(java.util.Map.entry("InputTransformer", Option.of(t.inputTransformer())),
                java.util.Map.entry("KinesisParameters", Option.of(t.kinesisParameters())), java.util.Map.entry("RunCommandParameters", Option.of(t.runCommandParameters())),
                java.util.Map.entry("BatchParameters", Option.of(t.batchParameters())), java.util.Map.entry("SqsParameters", Option.of(t.sqsParameters())),
                java.util.Map.entry("HttpParameters", Option.of(t.httpParameters())), java.util.Map.entry("RedshiftDataParameters", Option.of(t.redshiftDataParameters())),
                java.util.Map.entry("SageMakerPipelineParameters", Option.of(t.sageMakerPipelineParameters())),
                java.util.Map.entry("DeadLetterConfig", Option.of(t.deadLetterConfig())), java.util.Map.entry("RetryPolicy", Option.of(t.retryPolicy())),
                java.util.Map.entry("AppSyncParameters", Option.of(t.appSyncParameters())))) {
            if (unsupported.getValue().isDefined()) {
                throw new Wire.Refused(Answer.error(400, "ValidationException", "ecskit server does not support PutTargets.Targets."
                        + unsupported.getKey() + " yet; leave it out or use real AWS."));
            }
        }
        Option<EcsTaskTarget> ecs = Option.of(t.ecsParameters()).map(e -> {
            if (e.hasCapacityProviderStrategy() || e.hasPlacementConstraints() || e.hasPlacementStrategy() || e.propagateTags() != null) {
                throw new Wire.Refused(Answer.error(400, "ValidationException", "ecskit server does not support EcsParameters'"
                        + " CapacityProviderStrategy, PlacementConstraints, PlacementStrategy or PropagateTags yet; leave them out or use real AWS."));
            }
            if (e.taskDefinitionArn() == null) {
                throw Wire.missing("targets.member.ecsParameters.taskDefinitionArn", "ValidationException");
            }
            return new EcsTaskTarget(e.taskDefinitionArn(), Option.of(e.taskCount()),
                    Option.of(e.launchTypeAsString()).flatMap(l -> io.ecskit.domain.WireValue.parse(io.ecskit.domain.LaunchType.class, l)),
                    Option.of(e.networkConfiguration()).flatMap(n -> Option.of(n.awsvpcConfiguration())).map(v -> io.ecskit.domain.AwsVpcConfiguration.of(
                            List.ofAll(v.subnets()), List.ofAll(v.securityGroups()), Option.of(v.assignPublicIpAsString())
                                    .flatMap(a -> io.ecskit.domain.WireValue.parse(io.ecskit.domain.AssignPublicIp.class, a))
                                    .getOrElse(io.ecskit.domain.AssignPublicIp.DISABLED))),
                    Option.of(e.platformVersion()), Option.of(e.group()), Option.of(e.enableECSManagedTags()), Option.of(e.enableExecuteCommand()),
                    Option.of(e.referenceId()), List.ofAll(e.tags()).map(tag -> io.ecskit.domain.Tag.of(tag.key(), tag.value())));
        });
        return new EventTarget(t.id(), t.arn(), Option.of(t.roleArn()), Option.of(t.input()), Option.of(t.inputPath()), ecs);
    }

    private static Target target(EventTarget t) {
        return Target.builder().id(t.id()).arn(t.arn()).roleArn(t.roleArn().getOrNull()).input(t.input().getOrNull()).inputPath(t.inputPath().getOrNull())
                .ecsParameters(t.ecsParameters().map(e -> EcsParameters.builder().taskDefinitionArn(e.taskDefinitionArn()).taskCount(e.taskCount().getOrNull())
                        .launchType(e.launchType().map(l -> l.wire()).getOrNull()).platformVersion(e.platformVersion().getOrNull())
                        .group(e.group().getOrNull()).enableECSManagedTags(e.enableEcsManagedTags().getOrNull())
                        .enableExecuteCommand(e.enableExecuteCommand().getOrNull()).referenceId(e.referenceId().getOrNull())
                        .networkConfiguration(e.networkConfiguration().map(n -> NetworkConfiguration.builder().awsvpcConfiguration(
                                AwsVpcConfiguration.builder().subnets(n.subnets().asJava()).securityGroups(n.securityGroups().asJava())
                                        .assignPublicIp(n.assignPublicIp().map(a -> a.wire()).getOrNull()).build()).build()).getOrNull())
                        .tags(e.tags().isEmpty() ? null : e.tags().map(tag -> Tag.builder().key(tag.key().getOrNull()).value(tag.value().getOrNull()).build()).asJava())
                        .build()).getOrNull()).build();
    }
}
