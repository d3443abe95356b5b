package io.ecskit.domain;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.util.regex.Pattern;

/**
 * The ECS API model's own constraints (min, max, pattern per member) on what ecskit sends. Derived
 * from botocore's ECS model ({@code data/ecs/2014-11-13/service-2.json}): of its 21 constrained
 * shapes, those reachable from CreateService, UpdateService, RunTask, CreateCluster and the
 * tagging calls are checked here and in {@code ServiceRules} (Service Connect); the rest (capacity providers' managed scaling, instance
 * requirements, daemons, express gateway services, lifecycle hook timeouts) belong to calls ecskit
 * does not make yet. Each violation's message is AWS's model-validation text, naming the member by
 * its wire path ({@code capacityProviderStrategy.1.member.weight}, 1-based as AWS counts).
 */
public final class ModelRules {

    /** TagKey and TagValue: letters, separators, digits and {@code _ . : / = + - @}. */
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    /** At most 50 tags on any ECS resource. */
    public static final int MAX_TAGS = 50;

    private ModelRules() {
    }

    /** Tag limits shared by every ECS resource. Messages are the ECS tagging docs' limits, worded as ECS words them. */
    public static Seq<Violation> tags(String path, Seq<Tag> tags) {
        Seq<Violation> count = when(tags.size() > MAX_TAGS, () -> EcsRule.TAGS_AT_MOST_FIFTY.at(path));
        return count.appendAll(tags.zipWithIndex().flatMap(ti -> {
            String at = path + "[" + ti._2 + "]";
            Tag tag = ti._1;
            String key = tag.key().getOrElse("");
            return when(key.isEmpty() || key.length() > 128, () -> EcsRule.TAG_KEY_LENGTH.at(at + ".key"))
                    .appendAll(when(tag.value().exists(v -> v.length() > 256), () -> EcsRule.TAG_VALUE_LENGTH.at(at + ".value")))
                    .appendAll(when(key.toLowerCase(java.util.Locale.ROOT).startsWith("aws:"),
                            () -> EcsRule.TAG_KEY_RESERVED.at(at + ".key")))
                    .appendAll(tagText(at + ".key", path + "." + (ti._2 + 1) + ".member.key", key))
                    .appendAll(tagText(at + ".value", path + "." + (ti._2 + 1) + ".member.value",
                            tag.value().getOrElse("")));
        }));
    }

    private static Seq<Violation> when(boolean broken, java.util.function.Supplier<Violation> violation) {
        // worded only when broken: a definition goes through every rule on each registration
        return broken ? List.of(violation.get()) : List.empty();
    }

    /** Rule tagCharacters for one tag key or value. */
    public static Seq<Violation> tagText(String path, String wirePath, String text) {
        return TAG_TEXT.matcher(text).matches()
                ? List.empty()
                : List.of(EcsRule.TAG_CHARACTERS.at(path, text, wirePath));
    }

    /** Rules capacityProviderWeightRange (0..1000) and capacityProviderBaseRange (0..100000), item by item. */
    public static Seq<Violation> capacityProviderStrategy(String path, Seq<CapacityProviderStrategyItem> items) {
        return items.zipWithIndex().flatMap(ii -> {
            String at = path + "[" + ii._2 + "]";
            String wire = path + "." + (ii._2 + 1) + ".member";
            return range(ii._1.weight(), 0, 1000, EcsRule.CAPACITY_PROVIDER_WEIGHT_RANGE, at + ".weight", wire + ".weight")
                    .appendAll(range(ii._1.base(), 0, 100_000, EcsRule.CAPACITY_PROVIDER_BASE_RANGE, at + ".base", wire + ".base"));
        });
    }

    /** A number within min..max, else {@code rule} with AWS's "Member must have value ..." constraint. */
    public static Seq<Violation> range(Option<Integer> value, int min, int max, EcsRule rule, String path, String wirePath) {
        if (value.exists(v -> v < min)) {
            return List.of(rule.at(path, value.get(), wirePath, "greater than or equal to " + min));
        }
        if (value.exists(v -> v > max)) {
            return List.of(rule.at(path, value.get(), wirePath, "less than or equal to " + max));
        }
        return List.empty();
    }

    /** Rule launchTypeOrStrategy: a launch type and a capacity provider strategy exclude each other. */
    public static Seq<Violation> launchTypeOrStrategy(io.vavr.control.Option<LaunchType> launchType, Seq<CapacityProviderStrategyItem> strategy) {
        return launchType.isDefined() && !strategy.isEmpty() ? io.vavr.collection.List.of(EcsRule.LAUNCH_TYPE_OR_STRATEGY.at("launchType"))
                : io.vavr.collection.List.empty();
    }
}
