package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.events.EcsTaskTarget;
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
import software.amazon.awssdk.services.eventbridge.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.eventbridge.model.EcsParameters;
import software.amazon.awssdk.services.eventbridge.model.NetworkConfiguration;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.Target;

/** EventBridge's default bus with the kit's credentials, region and endpoint; List calls follow every page. */
final class AwsEvents implements EventsPort {

    private final AwsClients aws;

    @Inject
    AwsEvents(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, EventRule> putRule(RuleSpec spec) {
        return aws.call(() -> aws.events.putRule(r -> r.name(spec.name()).eventPattern(spec.eventPattern().getOrNull())
                        .scheduleExpression(spec.scheduleExpression().getOrNull()).state(spec.state().getOrNull())
                        .description(spec.description().getOrNull()).roleArn(spec.roleArn().getOrNull())
                        .tags(spec.tags().map(t -> software.amazon.awssdk.services.eventbridge.model.Tag.builder().key(t.key().getOrNull())
                                .value(t.value().getOrNull()).build()).asJava())), r -> r.ruleArn())
                .flatMap(arn -> rule(spec.name()));
    }

    @Override
    public Either<EcsError, EventRule> rule(String name) {
        return aws.call(() -> aws.events.describeRule(r -> r.name(name)), r -> new EventRule(r.name(), r.arn(), Option.of(r.eventPattern()),
                Option.of(r.scheduleExpression()), r.stateAsString(), Option.of(r.description()), Option.of(r.roleArn()),
                r.eventBusName() == null ? "default" : r.eventBusName(), List.empty()));
    }

    @Override
    public Either<EcsError, Seq<EventRule>> rules(Option<String> namePrefix) {
        return aws.call(() -> {
            List<EventRule> all = List.empty();
            String token = null;
            do {
                String next = token;
                var page = aws.events.listRules(r -> r.namePrefix(namePrefix.getOrNull()).nextToken(next));
                all = all.appendAll(List.ofAll(page.rules()).map(r -> new EventRule(r.name(), r.arn(), Option.of(r.eventPattern()),
                        Option.of(r.scheduleExpression()), r.stateAsString(), Option.of(r.description()), Option.of(r.roleArn()),
                        r.eventBusName() == null ? "default" : r.eventBusName(), List.empty())));
                token = page.nextToken();
            } while (token != null);
            return all;
        });
    }

    @Override
    public Either<EcsError, Done> deleteRule(String name) {
        return aws.call(() -> aws.events.deleteRule(r -> r.name(name)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> enableRule(String name) {
        return aws.call(() -> aws.events.enableRule(r -> r.name(name)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> disableRule(String name) {
        return aws.call(() -> aws.events.disableRule(r -> r.name(name)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<TargetFailure>> putTargets(String rule, Seq<EventTarget> targets) {
        return aws.call(() -> aws.events.putTargets(r -> r.rule(rule).targets(targets.map(AwsEvents::target).asJava())),
                r -> List.ofAll(r.failedEntries()).map(f -> new TargetFailure(f.targetId(), f.errorCode(), f.errorMessage())));
    }

    @Override
    public Either<EcsError, Seq<TargetFailure>> removeTargets(String rule, Seq<String> ids) {
        return aws.call(() -> aws.events.removeTargets(r -> r.rule(rule).ids(ids.asJava())),
                r -> List.ofAll(r.failedEntries()).map(f -> new TargetFailure(f.targetId(), f.errorCode(), f.errorMessage())));
    }

    @Override
    public Either<EcsError, Seq<EventTarget>> targets(String rule) {
        return aws.call(() -> {
            List<EventTarget> all = List.empty();
            String token = null;
            do {
                String next = token;
                var page = aws.events.listTargetsByRule(r -> r.rule(rule).nextToken(next));
                all = all.appendAll(List.ofAll(page.targets()).map(AwsEvents::target));
                token = page.nextToken();
            } while (token != null);
            return all;
        });
    }

    @Override
    public Either<EcsError, Seq<PutEventResult>> putEvents(Seq<EventEntry> entries) {
        return aws.call(() -> aws.events.putEvents(r -> r.entries(entries.map(e -> PutEventsRequestEntry.builder().source(e.source())
                        .detailType(e.detailType()).detail(e.detail()).resources(e.resources().asJava()).time(e.time().getOrNull()).build()).asJava())),
                r -> List.ofAll(r.entries()).map(e -> new PutEventResult(Option.of(e.eventId()), Option.of(e.errorCode()), Option.of(e.errorMessage()))));
    }

    @Override
    public Either<EcsError, Boolean> testEventPattern(String pattern, String event) {
        return aws.call(() -> aws.events.testEventPattern(r -> r.eventPattern(pattern).event(event)), r -> Boolean.TRUE.equals(r.result()));
    }

    private static Target target(EventTarget t) {
        return Target.builder().id(t.id()).arn(t.arn()).roleArn(t.roleArn().getOrNull()).input(t.input().getOrNull()).inputPath(t.inputPath().getOrNull())
                .ecsParameters(t.ecsParameters().map(AwsEvents::ecs).getOrNull()).build();
    }

    private static EcsParameters ecs(EcsTaskTarget e) {
        return EcsParameters.builder().taskDefinitionArn(e.taskDefinitionArn()).taskCount(e.taskCount().getOrNull())
                .launchType(e.launchType().map(l -> l.wire()).getOrNull()).platformVersion(e.platformVersion().getOrNull()).group(e.group().getOrNull())
                .enableECSManagedTags(e.enableEcsManagedTags().getOrNull()).enableExecuteCommand(e.enableExecuteCommand().getOrNull())
                .referenceId(e.referenceId().getOrNull())
                .networkConfiguration(e.networkConfiguration().map(n -> NetworkConfiguration.builder().awsvpcConfiguration(AwsVpcConfiguration.builder()
                        .subnets(n.subnets().asJava()).securityGroups(n.securityGroups().asJava())
                        .assignPublicIp(n.assignPublicIp().map(a -> a.wire()).getOrNull()).build()).build()).getOrNull())
                .tags(e.tags().isEmpty() ? null : e.tags().map(t -> software.amazon.awssdk.services.eventbridge.model.Tag.builder()
                        .key(t.key().getOrNull()).value(t.value().getOrNull()).build()).asJava())
                .build();
    }

    private static EventTarget target(Target t) {
        return new EventTarget(t.id(), t.arn(), Option.of(t.roleArn()), Option.of(t.input()), Option.of(t.inputPath()),
                Option.of(t.ecsParameters()).map(e -> new EcsTaskTarget(e.taskDefinitionArn(), Option.of(e.taskCount()),
                        Option.of(e.launchTypeAsString()).flatMap(l -> io.ecskit.domain.WireValue.parse(io.ecskit.domain.LaunchType.class, l)),
                        Option.of(e.networkConfiguration()).flatMap(n -> Option.of(n.awsvpcConfiguration())).map(v -> io.ecskit.domain.AwsVpcConfiguration.of(
                                List.ofAll(v.subnets()), List.ofAll(v.securityGroups()),
                                io.vavr.control.Option.of(v.assignPublicIpAsString()).flatMap(a -> io.ecskit.domain.WireValue.parse(io.ecskit.domain.AssignPublicIp.class, a))
                                        .getOrElse(io.ecskit.domain.AssignPublicIp.DISABLED))),
                        Option.of(e.platformVersion()), Option.of(e.group()), Option.of(e.enableECSManagedTags()), Option.of(e.enableExecuteCommand()),
                        Option.of(e.referenceId()), List.ofAll(e.tags()).map(tag -> Tag.of(tag.key(), tag.value())))));
    }
    @Override
    public Either<EcsError, io.vavr.collection.List<io.ecskit.domain.Tag>> tags(String resourceArn) {
        return aws.call(() -> aws.events.listTagsForResource(r -> r.resourceARN(resourceArn)),
                r -> io.vavr.collection.List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value())));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> tagResource(String resourceArn, Seq<io.ecskit.domain.Tag> tags) {
        return aws.call(() -> aws.events.tagResource(r -> r.resourceARN(resourceArn).tags(tags.map(t -> software.amazon.awssdk.services.eventbridge.model.Tag
                .builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build()).asJava())), r -> io.ecskit.domain.Done.DONE);
    }

    @Override
    public Either<EcsError, io.ecskit.domain.Done> untagResource(String resourceArn, Seq<String> tagKeys) {
        return aws.call(() -> aws.events.untagResource(r -> r.resourceARN(resourceArn).tagKeys(tagKeys.asJava())), r -> io.ecskit.domain.Done.DONE);
    }
}
