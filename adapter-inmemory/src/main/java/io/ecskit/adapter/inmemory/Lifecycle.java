package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.ecr.Image;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ECR lifecycle policies as ECR reads and applies them (ECR user guide, "Lifecycle policies" and "Lifecycle policy
 * properties"): rules in priority order, lowest first; an image that matches a rule's tag selection can no longer be
 * expired by a rule of lower priority; {@code imageCountMoreThan} keeps the newest {@code countNumber} images selected
 * and expires the rest, {@code sinceImagePushed} expires those pushed more than {@code countNumber} days before.
 */
final class Lifecycle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RULE_MEMBERS = Set.of("rulePriority", "description", "selection", "action");
    private static final Set<String> SELECTION_MEMBERS = Set.of("tagStatus", "tagPrefixList", "tagPatternList", "countType",
            "countUnit", "countNumber");
    /** ECR's archive storage class (sinceImagePulled, sinceImageTransitioned, transition) is not modelled. */
    private static final Set<String> ARCHIVE = Set.of("sinceImagePulled", "sinceImageTransitioned", "transition");

    /** How often ECR applies a policy: within 24 hours of PutLifecyclePolicy, and daily after that. */
    static final Duration EVALUATION_INTERVAL = Duration.ofHours(24);

    /** One rule of a policy. */
    record Rule(int priority, String tagStatus, List<String> prefixes, List<Pattern> patterns, String countType, int countNumber) {

        /** Whether {@code image}'s tags meet the rule's tag selection. */
        boolean selects(Image image) {
            return switch (tagStatus) {
                case "untagged" -> image.tags().isEmpty();
                case "any" -> true;
                default -> !image.tags().isEmpty()
                        && prefixes.forAll(p -> image.tags().exists(t -> t.value().startsWith(p)))
                        && patterns.forAll(p -> image.tags().exists(t -> p.matcher(t.value()).matches()));
            };
        }
    }

    private Lifecycle() {
    }

    /** The rules of {@code text}, or ECR's refusal naming the first problem (rule lifecyclePolicyValid). */
    static Either<EcsError, List<Rule>> parse(String text) {
        JsonNode root;
        try {
            root = text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            return invalid("Could not map policyString into LifecyclePolicy.");
        }
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            return invalid("object has missing required properties ([\"rules\"])");
        }
        List<Rule> parsed = List.empty();
        for (JsonNode rule : rules) {
            Either<EcsError, Rule> one = rule(rule);
            if (one.isLeft()) {
                return Either.left(one.getLeft());
            }
            if (parsed.exists(r -> r.priority() == one.get().priority())) {
                return invalid("rulePriority " + one.get().priority() + " is used by more than one rule; each rule needs its own");
            }
            parsed = parsed.append(one.get());
        }
        parsed = parsed.sortBy(Rule::priority);
        if (parsed.init().exists(r -> r.tagStatus().equals("any"))) {
            return invalid("a rule with tagStatus any must have the highest rulePriority (it is evaluated last)");
        }
        return Either.right(parsed);
    }

    private static Either<EcsError, Rule> rule(JsonNode rule) {
        if (!rule.isObject()) {
            return invalid("instance type (" + rule.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ") does not match any allowed primitive type (allowed: [\"object\"])");
        }
        Option<String> unknown = List.ofAll(rule::fieldNames).find(n -> !RULE_MEMBERS.contains(n));
        if (unknown.isDefined()) {
            return invalid("object instance has properties which are not allowed by the schema: ([\"" + unknown.get() + "\"])");
        }
        JsonNode priority = rule.get("rulePriority");
        JsonNode selection = rule.get("selection");
        JsonNode action = rule.get("action");
        List<String> missing = List.of("action", "rulePriority", "selection").filter(n -> rule.get(n) == null);
        if (!missing.isEmpty()) {
            return invalid("object has missing required properties (" + missing.map(m -> "\"" + m + "\"").mkString("[", ",", "]") + ")");
        }
        if (!priority.canConvertToInt() || !priority.isIntegralNumber() || priority.asInt() < 1) {
            return invalid("rulePriority must be a whole number of at least 1, not " + priority);
        }
        String type = action.path("type").asText("");
        if (ARCHIVE.contains(type)) {
            return invalid("ecskit does not model ECR's archive storage class: action type " + type + " is not supported here");
        }
        if (!type.equals("expire")) {
            return invalid("instance value (" + type + ") not found in enum :(possible values: [\"expire\",\"transition\"])");
        }
        if (!selection.isObject()) {
            return invalid("selection must be an object");
        }
        Option<String> unknownSelection = List.ofAll(selection::fieldNames).find(n -> !SELECTION_MEMBERS.contains(n));
        if (unknownSelection.isDefined()) {
            return invalid("object instance has properties which are not allowed by the schema: ([\"" + unknownSelection.get() + "\"])");
        }
        List<String> missingSelection = List.of("countNumber", "countType", "tagStatus").filter(n -> selection.get(n) == null);
        if (!missingSelection.isEmpty()) {
            return invalid("object has missing required properties (" + missingSelection.map(m -> "\"" + m + "\"").mkString("[", ",", "]") + ")");
        }
        String tagStatus = selection.get("tagStatus").asText();
        if (!Set.of("tagged", "untagged", "any").contains(tagStatus)) {
            return invalid("instance value (" + tagStatus + ") not found in enum :(possible values: [\"any\",\"tagged\",\"untagged\"])");
        }
        String countType = selection.get("countType").asText();
        if (ARCHIVE.contains(countType)) {
            return invalid("ecskit does not model ECR's archive storage class: countType " + countType + " is not supported here");
        }
        if (!countType.equals("imageCountMoreThan") && !countType.equals("sinceImagePushed")) {
            return invalid("instance failed to match exactly one schema (matched 0 out of 2)");
        }
        JsonNode unit = selection.get("countUnit");
        if (countType.equals("sinceImagePushed") && (unit == null || !unit.asText().equals("days"))) {
            return invalid("countUnit must be days for countType sinceImagePushed");
        }
        if (countType.equals("imageCountMoreThan") && unit != null) {
            return invalid("countUnit can't be used with countType imageCountMoreThan");
        }
        JsonNode number = selection.get("countNumber");
        if (!number.isIntegralNumber() || !number.canConvertToInt() || number.asInt() < 1) {
            return invalid("numeric instance is lower than the required minimum (minimum: 1, found: " + number + ")");
        }
        List<String> prefixes = strings(selection.get("tagPrefixList"));
        List<String> patterns = strings(selection.get("tagPatternList"));
        if (tagStatus.equals("tagged") && prefixes.isEmpty() == patterns.isEmpty()) {
            return invalid("a rule with tagStatus tagged must give either tagPrefixList or tagPatternList (one of them, not empty)");
        }
        if (!tagStatus.equals("tagged") && !(prefixes.isEmpty() && patterns.isEmpty())) {
            return invalid("tagPrefixList and tagPatternList are only for rules with tagStatus tagged");
        }
        if (patterns.exists(p -> p.chars().filter(c -> c == '*').count() > 4)) {
            return invalid("a tagPatternList entry may hold at most 4 wildcards (*)");
        }
        return Either.right(new Rule(priority.asInt(), tagStatus, prefixes,
                patterns.map(io.ecskit.domain.Wildcards::pattern),
                countType, number.asInt()));
    }

    private static List<String> strings(JsonNode node) {
        return node == null || !node.isArray() ? List.empty() : List.ofAll(node::elements).map(JsonNode::asText);
    }

    private static <T> Either<EcsError, T> invalid(String problem) {
        return Either.left(EcsError.of(EcsRule.LIFECYCLE_POLICY_VALID, problem));
    }

    /** The images {@code rules} expire at {@code at}, each with the priority of the rule that expires it, oldest push first. */
    static Map<Image, Integer> expiring(List<Rule> rules, Seq<Image> images, Instant at) {
        Map<Image, Integer> expired = new LinkedHashMap<>();
        java.util.Set<Image> claimed = new java.util.HashSet<>();
        for (Rule rule : rules) {
            List<Image> selected = List.ofAll(images).filter(i -> !claimed.contains(i) && rule.selects(i));
            claimed.addAll(selected.asJava());
            List<Image> newestFirst = selected.sortBy(Image::pushedAt).reverse();
            List<Image> gone = rule.countType().equals("imageCountMoreThan")
                    ? newestFirst.drop(rule.countNumber())
                    : newestFirst.filter(i -> i.pushedAt().isBefore(at.minus(Duration.ofDays(rule.countNumber()))));
            gone.reverse().forEach(i -> expired.putIfAbsent(i, rule.priority()));
        }
        return expired;
    }
}
