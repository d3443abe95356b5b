package io.ecskit.adapter.inmemory;

import io.ecskit.domain.CapacityProviderStrategyItem;
import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Capacity providers as ECS applies them to a service's or RunTask's tasks: the strategy is the caller's, else (no
 * launch type either) the cluster's default; each provider it names must be associated with the cluster; each task
 * lands on a provider by the strategy's bases and weights, and runs on that provider's launch type (FARGATE for
 * FARGATE and FARGATE_SPOT, EC2 for an Auto Scaling group's).
 */
final class CapacityPlacement {

    private CapacityPlacement() {
    }

    /** The strategy tasks follow: {@code strategy}, or with neither it nor a launch type the cluster's default. */
    static List<CapacityProviderStrategyItem> effective(InMemoryState.ClusterState cluster, Option<LaunchType> launchType,
                                                        Seq<CapacityProviderStrategyItem> strategy) {
        if (!strategy.isEmpty() || launchType.isDefined()) {
            return List.ofAll(strategy);
        }
        return List.ofAll(cluster.spec.defaultCapacityProviderStrategy());
    }

    /**
     * A strategy ECS can place by: each provider once and at most one with a base (rule strategyOneBase), some weight
     * above 0 (rule strategyWeight), every provider associated with the cluster (rule strategyProvidersAssociated).
     */
    static Either<EcsError, Done> associated(InMemoryState.ClusterState cluster, Seq<CapacityProviderStrategyItem> strategy) {
        Either<EcsError, Done> shape = shape(strategy);
        if (shape.isLeft()) {
            return shape;
        }
        return strategy.exists(i -> !cluster.spec.capacityProviders().contains(i.capacityProvider()))
                ? Either.left(EcsError.of(EcsRule.STRATEGY_PROVIDERS_ASSOCIATED))
                : Either.right(Done.DONE);
    }

    /** Rules strategyOneBase and strategyWeight, for any non-empty strategy. */
    static Either<EcsError, Done> shape(Seq<CapacityProviderStrategyItem> strategy) {
        if (strategy.isEmpty()) {
            return Either.right(Done.DONE);
        }
        if (strategy.map(CapacityProviderStrategyItem::capacityProvider).distinct().size() < strategy.size()
                || strategy.count(i -> i.base().exists(b -> b > 0)) > 1) {
            return Either.left(EcsError.of(EcsRule.STRATEGY_ONE_BASE));
        }
        return strategy.forAll(i -> i.weight().getOrElse(0) == 0) ? Either.left(EcsError.of(EcsRule.STRATEGY_WEIGHT)) : Either.right(Done.DONE);
    }

    /** Rule defaultStrategyWeight: a call falling back on the cluster's default strategy needs a weight above 0 there. */
    static Either<EcsError, Done> defaultUsable(InMemoryState.ClusterState cluster, Option<LaunchType> launchType,
                                                Seq<CapacityProviderStrategyItem> strategy) {
        boolean fallsBack = launchType.isEmpty() && strategy.isEmpty() && !cluster.spec.defaultCapacityProviderStrategy().isEmpty();
        return fallsBack && cluster.spec.defaultCapacityProviderStrategy().forAll(i -> i.weight().getOrElse(0) == 0)
                ? Either.left(EcsError.of(EcsRule.DEFAULT_STRATEGY_WEIGHT)) : Either.right(Done.DONE);
    }

    /**
     * The provider the next task goes to, given how many of the group's live tasks each provider has: first each
     * provider's {@code base} in the strategy's order, then the one whose share of its {@code weight} is least exceeded
     * by taking the task (ties: the larger weight, then the strategy's order). ECS's own example: FARGATE base 1 weight 1, FARGATE_SPOT weight 4 puts the first task on
     * FARGATE and then four on FARGATE_SPOT for each further one on FARGATE.
     */
    static String next(Seq<CapacityProviderStrategyItem> strategy, java.util.Map<String, Integer> counts) {
        for (CapacityProviderStrategyItem item : strategy) {
            if (counts.getOrDefault(item.capacityProvider(), 0) < item.base().getOrElse(0)) {
                return item.capacityProvider();
            }
        }
        String best = null;
        double bestLoad = Double.MAX_VALUE;
        int bestWeight = 0;
        for (CapacityProviderStrategyItem item : strategy) {
            int weight = item.weight().getOrElse(0);
            if (weight <= 0) {
                continue;
            }
            int beyondBase = counts.getOrDefault(item.capacityProvider(), 0) - item.base().getOrElse(0);
            // the provider whose share would be least exceeded after taking this task
            double load = (Math.max(beyondBase, 0) + 1) / (double) weight;
            if (load < bestLoad || load == bestLoad && weight > bestWeight) {
                bestLoad = load;
                bestWeight = weight;
                best = item.capacityProvider();
            }
        }
        return best != null ? best : strategy.head().capacityProvider();
    }

    /** The providers of {@code count} new tasks, after the group's live tasks (by provider) already placed. */
    static List<String> place(Seq<CapacityProviderStrategyItem> strategy, Seq<Option<String>> placed, int count) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        placed.forEach(p -> p.forEach(name -> counts.merge(name, 1, Integer::sum)));
        List<String> chosen = List.empty();
        for (int i = 0; i < count; i++) {
            String provider = next(strategy, counts);
            counts.merge(provider, 1, Integer::sum);
            chosen = chosen.append(provider);
        }
        return chosen;
    }

    /** The strategy with ECS's defaults filled in (weight and base 0), for comparing two. */
    static List<CapacityProviderStrategyItem> normalized(Seq<CapacityProviderStrategyItem> strategy) {
        return List.ofAll(strategy).map(i -> i.toBuilder().weight(i.weight().orElse(Option.of(0)))
                .base(i.base().orElse(Option.of(0))).build());
    }

    /** Fargate's platform versions on Linux (besides LATEST): 1.4.0 and 1.3.0; older ones are retired. */
    static final io.vavr.collection.Set<String> LINUX_PLATFORM_VERSIONS = io.vavr.collection.HashSet.of("LATEST", "1.4.0", "1.3.0");
    /** Fargate's platform versions on Windows: LATEST and 1.0.0. */
    static final io.vavr.collection.Set<String> WINDOWS_PLATFORM_VERSIONS = io.vavr.collection.HashSet.of("LATEST", "1.0.0");

    /**
     * What the launch type the tasks end up on allows (the given one, else the strategy's first provider's, else EC2):
     * no platformVersion on EC2 (rule platformVersionEc2), a platformVersion Fargate has for the definition's operating
     * system (rule platformVersionExists), assignPublicIp ENABLED only on Fargate (rule assignPublicIpLaunchType).
     */
    static Either<EcsError, Done> launchRules(Option<LaunchType> launchType, Seq<CapacityProviderStrategyItem> strategy,
                                              Option<String> platformVersion, Option<io.ecskit.domain.NetworkConfiguration> network,
                                              io.ecskit.domain.taskdef.TaskDefinition td) {
        LaunchType effective = effectiveLaunchType(launchType, strategy);
        if (effective == LaunchType.EC2 && platformVersion.isDefined()) {
            return Either.left(EcsError.of(EcsRule.PLATFORM_VERSION_EC2));
        }
        boolean windows = td.runtimePlatform().exists(io.ecskit.domain.taskdef.RuntimePlatform::isWindows);
        if (effective == LaunchType.FARGATE && platformVersion.exists(v -> !(windows ? WINDOWS_PLATFORM_VERSIONS : LINUX_PLATFORM_VERSIONS).contains(v))) {
            return Either.left(EcsError.of(EcsRule.PLATFORM_VERSION_EXISTS));
        }
        boolean publicIp = network.flatMap(io.ecskit.domain.NetworkConfiguration::awsvpcConfiguration)
                .flatMap(io.ecskit.domain.AwsVpcConfiguration::assignPublicIp).contains(io.ecskit.domain.AssignPublicIp.ENABLED);
        if (publicIp && effective != LaunchType.FARGATE) {
            return Either.left(EcsError.of(EcsRule.ASSIGN_PUBLIC_IP_LAUNCH_TYPE));
        }
        return Either.right(Done.DONE);
    }

    /** The launch type tasks end up on: the one given, else the strategy's providers' (a strategy does not mix them), else EC2. */
    static LaunchType effectiveLaunchType(Option<LaunchType> launchType, Seq<CapacityProviderStrategyItem> strategy) {
        return launchType.getOrElse(() -> strategy.headOption().map(i -> launchTypeOf(i.capacityProvider())).getOrElse(LaunchType.EC2));
    }

    /** The launch type a provider's tasks run on. */
    static LaunchType launchTypeOf(String provider) {
        return provider.equals("FARGATE") || provider.equals("FARGATE_SPOT") ? LaunchType.FARGATE : LaunchType.EC2;
    }
}
