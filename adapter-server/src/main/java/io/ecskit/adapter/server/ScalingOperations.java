package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.scaling.DeleteScalingPolicyRequest;
import io.ecskit.domain.scaling.DeleteScheduledActionRequest;
import io.ecskit.domain.scaling.DeregisterScalableTargetRequest;
import io.ecskit.domain.scaling.DescribeScalableTargetsRequest;
import io.ecskit.domain.scaling.DescribeScalableTargetsResponse;
import io.ecskit.domain.scaling.DescribeScalingActivitiesRequest;
import io.ecskit.domain.scaling.DescribeScalingActivitiesResponse;
import io.ecskit.domain.scaling.DescribeScalingPoliciesRequest;
import io.ecskit.domain.scaling.DescribeScalingPoliciesResponse;
import io.ecskit.domain.scaling.DescribeScheduledActionsRequest;
import io.ecskit.domain.scaling.DescribeScheduledActionsResponse;
import io.ecskit.domain.scaling.ListTagsForResourceRequest;
import io.ecskit.domain.scaling.ListTagsForResourceResponse;
import io.ecskit.domain.scaling.PutScalingPolicyRequest;
import io.ecskit.domain.scaling.PutScheduledActionRequest;
import io.ecskit.domain.scaling.RegisterScalableTargetRequest;
import io.ecskit.domain.scaling.RegisterScalableTargetResponse;
import io.ecskit.domain.scaling.TagResourceRequest;
import io.ecskit.domain.scaling.UntagResourceRequest;
import io.ecskit.json.RecordWire;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.Map;
import java.util.function.Function;

/**
 * Application Auto Scaling ({@code AnyScaleFrontendService.}, JSON 1.1) on {@link io.ecskit.port.out.AutoScalingPort}
 * (issue 25 item 5). The AWS SDK for Java has no module for it, so these rows read and write the model's shapes as the
 * domain records written from botocore's model ({@link RecordWire}): the same one row per operation, with the request
 * checked against the model (unknown members and wrong types: SerializationException; missing members and values an
 * enum does not list: Coral's ValidationException, every one). Describe calls page by MaxResults (1..50; 1..10 for
 * DescribeScalingPolicies) and NextToken.
 */
final class ScalingOperations {

    static final String PREFIX = "AnyScaleFrontendService.";
    private static final String EMPTY = "{}";

    private ScalingOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "RegisterScalableTarget", (kit, body) -> kit.api().autoScaling()
                .registerScalableTarget(read(body, RegisterScalableTargetRequest.class))
                .fold(Answer::error, arn -> ok(new RegisterScalableTargetResponse(Option.of(arn)))));
        operations.put(PREFIX + "DescribeScalableTargets", (kit, body) -> {
            var r = read(body, DescribeScalableTargetsRequest.class);
            return kit.api().autoScaling().scalableTargets(r).fold(Answer::error, all -> {
                var page = page("DescribeScalableTargets", r.maxResults(), r.nextToken(), 50, all, t -> t.resourceId());
                return ok(new DescribeScalableTargetsResponse(page.items().toList(), page.nextToken()));
            });
        });
        operations.put(PREFIX + "DeregisterScalableTarget", (kit, body) -> kit.api().autoScaling()
                .deregisterScalableTarget(read(body, DeregisterScalableTargetRequest.class)).fold(Answer::error, done -> empty()));
        operations.put(PREFIX + "PutScalingPolicy", (kit, body) -> kit.api().autoScaling()
                .putScalingPolicy(read(body, PutScalingPolicyRequest.class)).fold(Answer::error, ScalingOperations::ok));
        operations.put(PREFIX + "DescribeScalingPolicies", (kit, body) -> {
            var r = read(body, DescribeScalingPoliciesRequest.class);
            return kit.api().autoScaling().scalingPolicies(r).fold(Answer::error, all -> {
                var page = page("DescribeScalingPolicies", r.maxResults(), r.nextToken(), 10, all, p -> p.policyARN());
                return ok(new DescribeScalingPoliciesResponse(page.items().toList(), page.nextToken()));
            });
        });
        operations.put(PREFIX + "DeleteScalingPolicy", (kit, body) -> kit.api().autoScaling()
                .deleteScalingPolicy(read(body, DeleteScalingPolicyRequest.class)).fold(Answer::error, done -> empty()));
        operations.put(PREFIX + "PutScheduledAction", (kit, body) -> kit.api().autoScaling()
                .putScheduledAction(read(body, PutScheduledActionRequest.class)).fold(Answer::error, done -> empty()));
        operations.put(PREFIX + "DescribeScheduledActions", (kit, body) -> {
            var r = read(body, DescribeScheduledActionsRequest.class);
            return kit.api().autoScaling().scheduledActions(r).fold(Answer::error, all -> {
                var page = page("DescribeScheduledActions", r.maxResults(), r.nextToken(), 50, all, a -> a.scheduledActionARN());
                return ok(new DescribeScheduledActionsResponse(page.items().toList(), page.nextToken()));
            });
        });
        operations.put(PREFIX + "DeleteScheduledAction", (kit, body) -> kit.api().autoScaling()
                .deleteScheduledAction(read(body, DeleteScheduledActionRequest.class)).fold(Answer::error, done -> empty()));
        operations.put(PREFIX + "DescribeScalingActivities", (kit, body) -> {
            var r = read(body, DescribeScalingActivitiesRequest.class);
            return kit.api().autoScaling().scalingActivities(r).fold(Answer::error, all -> {
                var page = page("DescribeScalingActivities", r.maxResults(), r.nextToken(), 50, all, a -> a.activityId());
                return ok(new DescribeScalingActivitiesResponse(page.items().toList(), page.nextToken()));
            });
        });
        operations.put(PREFIX + "TagResource", (kit, body) -> {
            var r = read(body, TagResourceRequest.class);
            required(body, "Tags", "tags");
            return kit.api().autoScaling().tagResource(r.resourceARN(), r.tags()).fold(Answer::error, done -> empty());
        });
        operations.put(PREFIX + "UntagResource", (kit, body) -> {
            var r = read(body, UntagResourceRequest.class);
            required(body, "TagKeys", "tagKeys");
            return kit.api().autoScaling().untagResource(r.resourceARN(), r.tagKeys()).fold(Answer::error, done -> empty());
        });
        operations.put(PREFIX + "ListTagsForResource", (kit, body) -> {
            var r = read(body, ListTagsForResourceRequest.class);
            return kit.api().autoScaling().tags(r.resourceARN()).fold(Answer::error, tags -> ok(new ListTagsForResourceResponse(tags)));
        });
        operations.put(PREFIX + "GetPredictiveScalingForecast", (kit, body) ->
                Answer.error(EcsError.of(EcsRule.SCALING_MEMBER_MODELLED, "predictive scaling (GetPredictiveScalingForecast)")));
    }

    /** The request as the model's record; what the model refuses answered as Application Auto Scaling answers it. */
    private static <R extends Record> R read(String body, Class<R> type) {
        var read = RecordWire.read(body, type);
        if (read.isRight()) {
            return read.get();
        }
        RecordWire.Problems problems = read.getLeft();
        if (problems.serialization().isDefined()) {
            throw new Wire.Refused(Answer.error(400, "SerializationException", problems.serialization().get()));
        }
        Seq<String> lines = problems.constraints();
        throw new Wire.Refused(Answer.error(400, "ValidationException", lines.size() + " validation error" + (lines.size() == 1 ? "" : "s")
                + " detected: " + lines.mkString("; ")));
    }

    /** A required list or map member (the model's records hold them as possibly empty): absent is Coral's null. */
    private static void required(String body, String member, String component) {
        if (!RecordWire.has(body, member)) {
            throw new Wire.Refused(Answer.error(400, "ValidationException", "1 validation error detected: "
                    + EcsRule.MEMBER_CONSTRAINT.message(" null", component, "not be null")));
        }
    }

    private static Answer ok(Record response) {
        return new Answer(200, RecordWire.write(response));
    }

    private static Answer empty() {
        return new Answer(200, EMPTY);
    }

    /** One page: MaxResults within 1..max (its default), a NextToken this server handed out for the same call. */
    private static <T> Pages.Page<T> page(String operation, Option<Integer> maxResults, Option<String> nextToken, int max, Seq<T> all,
                                          Function<T, String> key) {
        if (maxResults.exists(n -> n < 1 || n > max)) {
            throw new Wire.Refused(Answer.error(400, "ValidationException", "1 validation error detected: " + EcsRule.MEMBER_CONSTRAINT.message(
                    " '" + maxResults.get() + "'", "maxResults", maxResults.get() < 1 ? "have value greater than or equal to 1"
                            : "have value less than or equal to " + max)));
        }
        return Pages.resume(operation, maxResults.getOrElse(max), nextToken.getOrNull())
                .getOrElseThrow(() -> new Wire.Refused(Answer.error(EcsError.of(EcsRule.SCALING_NEXT_TOKEN_VALID))))
                .of(List.ofAll(all), key);
    }
}
