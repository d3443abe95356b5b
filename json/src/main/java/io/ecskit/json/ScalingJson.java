package io.ecskit.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ecskit.domain.Violation;
import io.ecskit.domain.scaling.PutScalingPolicyRequest;
import io.ecskit.domain.scaling.PutScheduledActionRequest;
import io.ecskit.domain.scaling.RegisterScalableTargetRequest;
import io.ecskit.domain.scaling.ServiceAutoScaling;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Iterator;

/**
 * A service's auto scaling as {@code ecskit deploy --auto-scaling} reads it: one JSON object in Application Auto
 * Scaling's own member names, RegisterScalableTarget's members for the scalable target ({@code MinCapacity},
 * {@code MaxCapacity}, {@code RoleARN}, {@code SuspendedState}, {@code Tags}) with {@code ScalingPolicies} (each
 * PutScalingPolicy's members) and {@code ScheduledActions} (each PutScheduledAction's members) beside them, and without
 * {@code ServiceNamespace}, {@code ResourceId} and {@code ScalableDimension}, which are the service's:
 * <pre>
 * {"MinCapacity": 2, "MaxCapacity": 10,
 *  "ScalingPolicies": [{"PolicyName": "cpu60", "PolicyType": "TargetTrackingScaling",
 *    "TargetTrackingScalingPolicyConfiguration": {"TargetValue": 60,
 *      "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"}}}],
 *  "ScheduledActions": [{"ScheduledActionName": "nightly", "Schedule": "cron(0 22 * * ? *)", "Timezone": "Europe/Paris",
 *    "ScalableTargetAction": {"MinCapacity": 1, "MaxCapacity": 2}}]}
 * </pre>
 * Every problem is reported at once, with where it is, in botocore's words for the members.
 */
public final class ScalingJson {

    /** The members the deploy sets: the service's namespace, resource id and dimension. */
    private static final java.util.Set<String> THE_SERVICES = java.util.Set.of("ServiceNamespace", "ResourceId", "ScalableDimension");
    /** Replaced by the service's own when the deploy aims the requests ({@link ServiceAutoScaling#forService}). */
    private static final String PENDING = "service/default/pending";

    private ScalingJson() {
    }

    /** The auto scaling document, read whole, or every problem in it. */
    public static Either<JsonProblem, ServiceAutoScaling> readServiceAutoScaling(String json) {
        return SdkJson.parse(json).flatMap(root -> {
            if (!root.isObject()) {
                return invalid(List.of(Violation.paramValidation("", "the auto scaling document must be a JSON object")));
            }
            List<Violation> problems = List.empty();
            ObjectNode target = ((ObjectNode) root).deepCopy();
            target.remove("ScalingPolicies");
            target.remove("ScheduledActions");
            Either<List<Violation>, RegisterScalableTargetRequest> read = member(target, "", RegisterScalableTargetRequest.class,
                    List.of("ScalingPolicies", "ScheduledActions"));
            problems = problems.appendAll(read.swap().getOrElse(List.empty()));
            Either<List<Violation>, List<PutScalingPolicyRequest>> policies = list(root, "ScalingPolicies", PutScalingPolicyRequest.class);
            Either<List<Violation>, List<PutScheduledActionRequest>> actions = list(root, "ScheduledActions", PutScheduledActionRequest.class);
            problems = problems.appendAll(policies.swap().getOrElse(List.empty())).appendAll(actions.swap().getOrElse(List.empty()));
            if (!problems.isEmpty()) {
                return invalid(problems);
            }
            return Either.right(new ServiceAutoScaling(read.get(), policies.get(), actions.get()));
        });
    }

    private static <T> Either<JsonProblem, T> invalid(List<Violation> problems) {
        return Either.left(new JsonProblem.Invalid(problems));
    }

    /** A list member's objects, each read as {@code type}; absent: none. */
    private static <R extends Record> Either<List<Violation>, List<R>> list(JsonNode root, String name, Class<R> type) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return Either.right(List.empty());
        }
        if (!node.isArray()) {
            return Either.left(List.of(Violation.paramValidation(name, "Invalid type for parameter " + name + ", value: " + node
                    + ", type: " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", valid types: <class 'list'>, <class 'tuple'>")));
        }
        List<Violation> problems = List.empty();
        List<R> read = List.empty();
        for (int i = 0; i < node.size(); i++) {
            Either<List<Violation>, R> item = member(node.get(i), name + "[" + i + "]", type, List.empty());
            problems = problems.appendAll(item.swap().getOrElse(List.empty()));
            read = item.isRight() ? read.append(item.get()) : read;
        }
        return problems.isEmpty() ? Either.right(read) : Either.left(problems);
    }

    /**
     * One object as {@code type}, with the service's members set (and refused when the document sets them): unknown
     * members named with the ones there are ({@code besides}: other members the document may hold there).
     */
    private static <R extends Record> Either<List<Violation>, R> member(JsonNode node, String path, Class<R> type, List<String> besides) {
        String where = path.isEmpty() ? "input" : path;
        if (!node.isObject()) {
            return Either.left(List.of(Violation.paramValidation(path, "Invalid type for parameter " + where + ", value: " + node
                    + ", valid types: <class 'dict'>")));
        }
        ObjectNode object = ((ObjectNode) node).deepCopy();
        List<String> known = List.of(type.getRecordComponents()).map(c -> RecordWire.wireName(c.getName()))
                .filter(n -> !THE_SERVICES.contains(n)).appendAll(besides);
        List<Violation> problems = List.empty();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (THE_SERVICES.contains(name)) {
                problems = problems.append(Violation.paramValidation(path.isEmpty() ? name : path + "." + name, name
                        + " is the service's (ecs, service/CLUSTER/SERVICE, ecs:service:DesiredCount), set by the deploy: leave it out"));
                object.remove(name);
            } else if (!known.contains(name)) {
                problems = problems.append(Violation.paramValidation(path.isEmpty() ? name : path + "." + name, "Unknown parameter in "
                        + where + ": \"" + name + "\", must be one of: " + known.mkString(", ")));
                object.remove(name);
            }
        }
        object.put("ServiceNamespace", "ecs").put("ResourceId", PENDING).put("ScalableDimension", "ecs:service:DesiredCount");
        Either<io.vavr.collection.Seq<String>, R> read = RecordWire.readEvery(object, type);
        if (read.isLeft()) {
            problems = problems.appendAll(read.getLeft().map(line -> Violation.paramValidation(path.isEmpty() ? "autoScaling" : path, line)));
        }
        return problems.isEmpty() ? Either.right(read.get()) : Either.left(problems);
    }
}
