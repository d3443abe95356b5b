package io.ecskit.adapter.inmemory;

import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.Members;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterSetting;
import io.ecskit.domain.cluster.ClusterSettingName;
import io.ecskit.domain.cluster.ClusterSpec;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.port.out.ClusterPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

final class InMemoryClusters implements ClusterPort {

    private final InMemoryState state;

    @Inject
    InMemoryClusters(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, Cluster> create(ClusterSpec spec) {
        return state.call("CreateCluster", () -> InMemoryServices.modelChecked(io.ecskit.domain.ModelRules.tags("tags", spec.tags())
                        .appendAll(io.ecskit.domain.ModelRules.capacityProviderStrategy("defaultCapacityProviderStrategy",
                                spec.defaultCapacityProviderStrategy())))
                .flatMap(ok -> ClusterName.parse(spec.clusterName().getOrElse(ClusterName.DEFAULT.value())).mapLeft(Errors::of))
                .map(name -> {
                    InMemoryState.ClusterState existing = state.clusters.get(name.value());
                    if (existing == null || existing.status == ClusterStatus.INACTIVE) {
                        existing = new InMemoryState.ClusterState(name, withAccountDefaults(spec), state.now());
                        state.clusters.put(name.value(), existing);
                    }
                    // ECS makes its service-linked role with a cluster when the account has none (IAM keeps it while a cluster exists)
                    TaskRoles.ensureServiceLinkedRole(state);
                    return view(state, existing);
                }));
    }

    @Override
    public Either<EcsError, Option<Cluster>> describe(ClusterName name) {
        return state.call("DescribeClusters", () ->
                Either.right(Option.of(state.clusters.get(name.value())).map(c -> view(state, c))));
    }

    @Override
    public Either<EcsError, Seq<ClusterArn>> list() {
        return state.call("ListClusters", () -> Either.right(List.ofAll(state.clusters.values())
                .filter(c -> c.status == ClusterStatus.ACTIVE)
                .map(c -> new ClusterArn(state.region, state.account, c.name))));
    }

    @Override
    public Either<EcsError, Cluster> delete(ClusterName name) {
        return state.call("DeleteCluster", () -> {
            InMemoryState.ClusterState cluster = state.clusters.get(name.value());
            if (cluster == null || cluster.status == ClusterStatus.INACTIVE) {
                return Either.left(EcsError.ClusterNotFound.of());
            }
            // DRAINING services do not count; their still-stopping tasks do (the usual delete-service race)
            if (state.servicesOf(name).stream().anyMatch(s -> s.status == ServiceStatus.ACTIVE)) {
                return Either.left(EcsError.ClusterContainsServices.of());
            }
            if (List.ofAll(state.tasks.values()).exists(t -> t.arn.cluster().equals(name) && !t.isStopped())) {
                return Either.left(EcsError.ClusterContainsTasks.of());
            }
            if (!cluster.containerInstances.isEmpty()) {
                return Either.left(EcsError.ClusterContainsContainerInstances.of());
            }
            cluster.status = ClusterStatus.INACTIVE;
            return Either.right(view(state, cluster));
        });
    }

    /**
     * What CreateCluster was given, with the containerInsights setting ECS fills in from the account setting
     * (PutAccountSetting containerInsights) when the request sets none; later account changes leave the cluster as it is.
     */
    private io.ecskit.domain.cluster.ClusterSpec withAccountDefaults(ClusterSpec spec) {
        if (spec.settings().exists(s -> s.name().contains(ClusterSettingName.CONTAINER_INSIGHTS))) {
            return spec;
        }
        String insights = state.accountSetting(state.rootPrincipal(), io.ecskit.domain.account.SettingName.CONTAINER_INSIGHTS);
        return spec.toBuilder().settings(spec.settings().append(
                new ClusterSetting(Option.of(ClusterSettingName.CONTAINER_INSIGHTS), Option.of(insights)))).build();
    }

    @Override
    public Either<EcsError, Cluster> update(io.ecskit.domain.cluster.ClusterUpdate update) {
        return state.call("UpdateCluster", () -> active(state, update.cluster()).map(c -> {
            c.spec = c.spec.toBuilder().settings(merged(c.spec.settings(), update.settings()))
                    .configuration(update.configuration().orElse(c.spec.configuration()))
                    .serviceConnectDefaults(update.serviceConnectDefaults().orElse(c.spec.serviceConnectDefaults())).build();
            insightsReport(c);
            return view(state, c);
        }));
    }

    @Override
    public Either<EcsError, Cluster> updateSettings(ClusterName name, Seq<ClusterSetting> settings) {
        return state.call("UpdateClusterSettings", () -> active(state, name).map(c -> {
            c.spec = c.spec.toBuilder().settings(merged(c.spec.settings(), settings)).build();
            insightsReport(c);
            return view(state, c);
        }));
    }

    /** Container Insights turned on: the cluster's services report from the next minute on. */
    private void insightsReport(InMemoryState.ClusterState c) {
        if (InMemoryMetrics.insightsOn(c) && state.metrics.nextReport == null) {
            state.metrics.nextReport = InMemoryMetrics.boundary(state.now(), 60);
        }
    }

    @Override
    public Either<EcsError, Cluster> putCapacityProviders(ClusterName name, Seq<String> providers,
                                                          Seq<io.ecskit.domain.CapacityProviderStrategyItem> strategy) {
        return state.call("PutClusterCapacityProviders", () -> InMemoryServices.modelChecked(
                        io.ecskit.domain.ModelRules.capacityProviderStrategy("defaultCapacityProviderStrategy", strategy))
                .flatMap(ok -> active(state, name)).flatMap(c -> {
                    for (String provider : providers) {
                        if (InMemoryCapacityProviders.find(state, provider).isEmpty()) {
                            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.CAPACITY_PROVIDER_EXISTS, provider));
                        }
                    }
                    Either<EcsError, io.ecskit.domain.Done> shape = CapacityPlacement.shape(strategy);
                    if (shape.isLeft()) {
                        return Either.left(shape.getLeft());
                    }
                    Seq<String> names = providers.map(p -> InMemoryCapacityProviders.find(state, p).get().name());
                    for (var item : strategy) {
                        if (!names.contains(item.capacityProvider())) {
                            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.DEFAULT_STRATEGY_PROVIDERS_ASSOCIATED, item.capacityProvider()));
                        }
                    }
                    for (String removed : c.spec.capacityProviders().removeAll(names)) {
                        if (InMemoryCapacityProviders.inUse(state, removed, Option.of(name))) {
                            return Either.left(EcsError.of(io.ecskit.domain.EcsRule.CAPACITY_PROVIDER_IN_USE));
                        }
                    }
                    c.spec = c.spec.toBuilder().capacityProviders(List.ofAll(names)).defaultCapacityProviderStrategy(List.ofAll(strategy)).build();
                    c.capacityProvidersPut = true;
                    return Either.right(view(state, c));
                }));
    }

    /** The settings after an update: each named setting replaced, the others kept. */
    private static List<ClusterSetting> merged(List<ClusterSetting> before, Seq<ClusterSetting> changes) {
        return before.filter(b -> !changes.exists(n -> n.name().equals(b.name()))).appendAll(changes);
    }

    /** Looks up an ACTIVE cluster, as every cluster-scoped call does first. */
    static Either<EcsError, InMemoryState.ClusterState> active(InMemoryState state, ClusterName name) {
        InMemoryState.ClusterState cluster = state.clusters.get(name.value());
        return cluster == null || cluster.status != ClusterStatus.ACTIVE
                ? Either.left(EcsError.ClusterNotFound.of())
                : Either.right(cluster);
    }

    static Cluster view(InMemoryState state, InMemoryState.ClusterState c) {
        boolean active = c.status == ClusterStatus.ACTIVE;
        List<TaskState> tasks = List.ofAll(state.tasks.values()).filter(t -> t.arn.cluster().equals(c.name) && !t.isStopped());
        var settings = c.spec.settings();
        java.util.Map<String, Object> stored = new java.util.HashMap<>();
        stored.put("clusterArn", new ClusterArn(state.region, state.account, c.name));
        stored.put("clusterName", c.name);
        stored.put("settings", settings);
        stored.put("tags", c.tags);
        // ECS fills in a strategy item's weight and base (0) when the request leaves them out
        stored.put("defaultCapacityProviderStrategy", c.spec.defaultCapacityProviderStrategy().map(i -> i.toBuilder()
                .weight(i.weight().orElse(Option.of(0))).base(i.base().orElse(Option.of(0))).build()));
        if (!c.spec.capacityProviders().isEmpty() || c.capacityProvidersPut) {
            stored.put("attachmentsStatus", "UPDATE_COMPLETE");
        }
        stored.put("status", c.status);
        stored.put("activeServicesCount", active ? (int) state.servicesOf(c.name).stream().filter(s -> s.status == ServiceStatus.ACTIVE).count() : 0);
        stored.put("runningTasksCount", tasks.count(TaskState::isRunning));
        stored.put("pendingTasksCount", tasks.count(TaskState::isPending));
        stored.put("registeredContainerInstancesCount", c.containerInstances.size());
        return Members.from(c.spec, Cluster.class, stored);
    }
}
