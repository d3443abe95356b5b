package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.ModelRules;
import io.ecskit.domain.Violation;
import io.ecskit.domain.arn.Arns;
import io.ecskit.domain.capacity.AutoScalingGroupProvider;
import io.ecskit.domain.capacity.AutoScalingGroupProviderUpdate;
import io.ecskit.domain.capacity.CapacityProvider;
import io.ecskit.domain.capacity.CapacityProviderSpec;
import io.ecskit.domain.capacity.CapacityProviderStatus;
import io.ecskit.domain.capacity.CapacityProviderType;
import io.ecskit.domain.capacity.CapacityProviderUpdateStatus;
import io.ecskit.domain.capacity.ManagedScaling;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.port.out.CapacityProviderPort;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.util.regex.Pattern;

/** Capacity providers: FARGATE and FARGATE_SPOT built in, Auto Scaling group providers created and deleted. */
final class InMemoryCapacityProviders implements CapacityProviderPort {

    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9_-]{1,255}$");
    private static final Pattern ASG_ARN = Pattern.compile(
            "^arn:aws[a-z-]*:autoscaling:[a-z0-9-]+:\\d{12}:autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName/[\\x21-\\x7e]{1,255}$");

    private final InMemoryState state;

    @Inject
    InMemoryCapacityProviders(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, CapacityProvider> create(CapacityProviderSpec spec) {
        return state.call("CreateCapacityProvider", () -> {
            String name = spec.name();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!NAME.matcher(name).matches() || lower.startsWith("aws") || lower.startsWith("ecs") || lower.startsWith("fargate")) {
                return Either.left(EcsError.of(EcsRule.CAPACITY_PROVIDER_NAME_RESERVED, name));
            }
            if (spec.autoScalingGroupProvider().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.CAPACITY_PROVIDER_NEEDS_CAPACITY));
            }
            AutoScalingGroupProvider asg = spec.autoScalingGroupProvider().get();
            Seq<Violation> problems = ModelRules.tags("tags", spec.tags())
                    .appendAll(scaling("autoScalingGroupProvider.managedScaling", asg.managedScaling()));
            if (!problems.isEmpty()) {
                return Either.left(Errors.first(problems));
            }
            if (!ASG_ARN.matcher(asg.autoScalingGroupArn()).matches()) {
                return Either.left(EcsError.of(EcsRule.AUTO_SCALING_GROUP_ARN, asg.autoScalingGroupArn()));
            }
            CapacityProvider existing = state.capacityProviders.get(name);
            if (existing != null && existing.status() == CapacityProviderStatus.ACTIVE) {
                return Either.left(EcsError.of(EcsRule.CAPACITY_PROVIDER_NAME_TAKEN));
            }
            CapacityProvider created = CapacityProvider.builder()
                    .capacityProviderArn(Arns.format("ecs", state.region, state.account, "capacity-provider/" + name))
                    .name(name).status(CapacityProviderStatus.ACTIVE).autoScalingGroupProvider(withDefaults(asg))
                    .updateStatus(CapacityProviderUpdateStatus.CREATE_COMPLETE).tags(spec.tags())
                    .type(CapacityProviderType.EC2_AUTOSCALING).build();
            state.capacityProviders.put(name, created);
            return Either.right(created);
        });
    }

    @Override
    public Either<EcsError, Descriptions<CapacityProvider>> describe(Seq<String> namesOrArns, boolean includeTags) {
        return state.call("DescribeCapacityProviders", () -> {
            Seq<CapacityProvider> all = List.ofAll(state.capacityProviders.values());
            Seq<CapacityProvider> found = namesOrArns.isEmpty() ? all.filter(p -> p.status() == CapacityProviderStatus.ACTIVE)
                    : namesOrArns.flatMap(n -> find(n));
            Seq<Descriptions.Failure> missing = namesOrArns.filter(n -> find(n).isEmpty())
                    .map(n -> Descriptions.Failure.missing(n.startsWith("arn:") ? n
                            : Arns.format("ecs", state.region, state.account, "capacity-provider/" + n)));
            return Either.right(new Descriptions<>(found.map(p -> includeTags ? p : p.toBuilder().tags(List.empty()).build()), missing));
        });
    }

    @Override
    public Either<EcsError, CapacityProvider> update(String name, AutoScalingGroupProviderUpdate update) {
        return state.call("UpdateCapacityProvider", () -> active(name).flatMap(p -> {
            Seq<Violation> problems = scaling("autoScalingGroupProvider.managedScaling", update.managedScaling());
            if (!problems.isEmpty()) {
                return Either.left(Errors.first(problems));
            }
            AutoScalingGroupProvider asg = p.autoScalingGroupProvider().get();
            AutoScalingGroupProvider changed = asg.toBuilder()
                    .managedScaling(update.managedScaling().map(m -> merge(asg.managedScaling(), m)).orElse(asg.managedScaling()))
                    .managedTerminationProtection(update.managedTerminationProtection().orElse(asg.managedTerminationProtection()))
                    .managedDraining(update.managedDraining().orElse(asg.managedDraining())).build();
            CapacityProvider updated = p.toBuilder().autoScalingGroupProvider(changed)
                    .updateStatus(CapacityProviderUpdateStatus.UPDATE_COMPLETE).build();
            state.capacityProviders.put(p.name(), updated);
            return Either.right(updated);
        }));
    }

    @Override
    public Either<EcsError, CapacityProvider> delete(String nameOrArn) {
        return state.call("DeleteCapacityProvider", () -> active(nameOrArn).flatMap(p -> {
            if (inUse(state, p.name(), Option.none())) {
                return Either.left(EcsError.of(EcsRule.CAPACITY_PROVIDER_IN_USE));
            }
            for (InMemoryState.ClusterState c : state.clusters.values()) {
                if (c.spec.capacityProviders().contains(p.name())) {
                    c.spec = c.spec.toBuilder().capacityProviders(c.spec.capacityProviders().remove(p.name()))
                            .defaultCapacityProviderStrategy(c.spec.defaultCapacityProviderStrategy()
                                    .filter(i -> !i.capacityProvider().equals(p.name()))).build();
                }
            }
            CapacityProvider deleted = p.toBuilder().status(CapacityProviderStatus.INACTIVE)
                    .updateStatus(CapacityProviderUpdateStatus.DELETE_COMPLETE).build();
            state.capacityProviders.put(p.name(), deleted);
            return Either.right(deleted);
        }));
    }

    /** Whether a live service (of {@code cluster}, or of any) has {@code provider} in its capacity provider strategy. */
    static boolean inUse(InMemoryState state, String provider, Option<io.ecskit.domain.arn.ClusterName> cluster) {
        return List.ofAll(state.services).exists(s -> s.status != ServiceStatus.INACTIVE
                && cluster.forAll(c -> s.arn.cluster().equals(c))
                && s.settings.capacityProviderStrategy().exists(i -> i.capacityProvider().equals(provider)));
    }

    /** The ACTIVE provider of that name or ARN. */
    static Option<CapacityProvider> find(InMemoryState state, String nameOrArn) {
        String name = nameOrArn.startsWith("arn:") ? nameOrArn.substring(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
        return Option.of(state.capacityProviders.get(name)).filter(p -> p.status() == CapacityProviderStatus.ACTIVE
                && (!nameOrArn.startsWith("arn:") || p.capacityProviderArn().equals(nameOrArn)));
    }

    private Option<CapacityProvider> find(String nameOrArn) {
        return find(state, nameOrArn);
    }

    private Either<EcsError, CapacityProvider> active(String nameOrArn) {
        Option<CapacityProvider> found = find(nameOrArn);
        if (found.isEmpty()) {
            return Either.left(EcsError.of(EcsRule.CAPACITY_PROVIDER_EXISTS, nameOrArn));
        }
        if (found.get().autoScalingGroupProvider().isEmpty()) {
            return Either.left(EcsError.of(EcsRule.CAPACITY_PROVIDER_BUILT_IN, found.get().name()));
        }
        return Either.right(found.get());
    }

    private static AutoScalingGroupProvider withDefaults(AutoScalingGroupProvider asg) {
        return asg.toBuilder()
                .managedScaling(asg.managedScaling().map(m -> merge(Option.none(), m)))
                .managedTerminationProtection(asg.managedTerminationProtection()
                        .orElse(Option.of(io.ecskit.domain.capacity.ManagedTerminationProtection.DISABLED)))
                .managedDraining(asg.managedDraining().orElse(Option.of(io.ecskit.domain.capacity.ManagedDraining.ENABLED))).build();
    }

    /** ECS's defaults under what was given: ENABLED, target 100, steps 1..10000, warm-up 300 s. */
    private static ManagedScaling merge(Option<ManagedScaling> before, ManagedScaling given) {
        ManagedScaling base = before.getOrElse(() -> ManagedScaling.builder().status(io.ecskit.domain.capacity.ManagedScalingStatus.ENABLED)
                .targetCapacity(100).minimumScalingStepSize(1).maximumScalingStepSize(10000).instanceWarmupPeriod(300).build());
        return new ManagedScaling(given.status().orElse(base.status()), given.targetCapacity().orElse(base.targetCapacity()),
                given.minimumScalingStepSize().orElse(base.minimumScalingStepSize()),
                given.maximumScalingStepSize().orElse(base.maximumScalingStepSize()),
                given.instanceWarmupPeriod().orElse(base.instanceWarmupPeriod()));
    }

    /** The model's ranges of managed scaling (rule managedScalingRanges), with AWS's 1-based wire paths. */
    private static Seq<Violation> scaling(String path, Option<ManagedScaling> scaling) {
        if (scaling.isEmpty()) {
            return List.empty();
        }
        ManagedScaling m = scaling.get();
        return range(path + ".targetCapacity", m.targetCapacity(), 1, 100)
                .appendAll(range(path + ".minimumScalingStepSize", m.minimumScalingStepSize(), 1, 10000))
                .appendAll(range(path + ".maximumScalingStepSize", m.maximumScalingStepSize(), 1, 10000))
                .appendAll(range(path + ".instanceWarmupPeriod", m.instanceWarmupPeriod(), 0, 10000));
    }

    private static Seq<Violation> range(String path, Option<Integer> value, int min, int max) {
        return value.filter(v -> v < min || v > max).map(v -> List.of(EcsRule.MANAGED_SCALING_RANGES.at(path, v, path,
                v < min ? "greater than or equal to " + min : "less than or equal to " + max))).getOrElse(List.empty());
    }
}
