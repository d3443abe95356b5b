package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.arn.Arns;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.capacity.CapacityProvider;
import io.ecskit.domain.capacity.CapacityProviderType;
import io.ecskit.domain.daemon.DaemonChange;
import io.ecskit.domain.daemon.DaemonDeployment;
import io.ecskit.domain.daemon.DaemonDeploymentSummary;
import io.ecskit.domain.daemon.DaemonDetail;
import io.ecskit.domain.daemon.DaemonRevision;
import io.ecskit.domain.daemon.DaemonSpec;
import io.ecskit.domain.daemon.DaemonSummary;
import io.ecskit.domain.daemon.DaemonTaskDefinition;
import io.ecskit.domain.daemon.DaemonTaskDefinitionFilter;
import io.ecskit.domain.daemon.DaemonTaskDefinitionSpec;
import io.ecskit.domain.daemon.DaemonTaskDefinitionStatus;
import io.ecskit.domain.daemon.DaemonTaskDefinitionSummary;
import io.ecskit.domain.daemon.DaemonUpdate;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.daemon.DaemonTaskDefinitionRules;
import io.ecskit.port.out.DaemonPort;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.util.ArrayList;

/**
 * Daemon task definitions in full; daemons as ECS answers in an account where no ECS Managed Instances capacity
 * provider can exist (ecskit does not model them yet, and CreateCapacityProvider refuses them by name): CreateDaemon and
 * UpdateDaemon are refused at the capacity-provider rule, so no daemon, deployment or revision is ever found.
 */
final class InMemoryDaemons implements DaemonPort {

    private final InMemoryState state;

    @Inject
    InMemoryDaemons(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, DaemonTaskDefinition> registerTaskDefinition(DaemonTaskDefinitionSpec spec) {
        Seq<io.ecskit.domain.Violation> broken = DaemonTaskDefinitionRules.check(spec);
        return state.call("RegisterDaemonTaskDefinition", () -> Errors.check(broken.isEmpty()
                        ? Either.<Seq<io.ecskit.domain.Violation>, DaemonTaskDefinitionSpec>right(spec) : Either.left(broken))
                .map(valid -> {
                    java.util.List<DaemonTaskDefinition> revisions = state.daemonFamilies.computeIfAbsent(spec.family(), f -> new ArrayList<>());
                    int revision = revisions.size() + 1;
                    DaemonTaskDefinition registered = DaemonTaskDefinition.builder()
                            .daemonTaskDefinitionArn(Arns.format("ecs", state.region, state.account, "daemon-task-definition/"
                                    + spec.family() + ":" + revision))
                            .family(spec.family())
                            .revision(revision)
                            .taskRoleArn(spec.taskRoleArn())
                            .executionRoleArn(spec.executionRoleArn())
                            .containerDefinitions(spec.containerDefinitions())
                            .volumes(spec.volumes())
                            .cpu(spec.cpu())
                            .memory(spec.memory())
                            .status(DaemonTaskDefinitionStatus.ACTIVE)
                            .registeredAt(state.now())
                            .registeredBy(state.rootPrincipal())
                            .pidMode(spec.pidMode())
                            .ipcMode(spec.ipcMode())
                            .build();
                    revisions.add(registered);
                    return registered;
                }));
    }

    @Override
    public Either<EcsError, DaemonTaskDefinition> describeTaskDefinition(String daemonTaskDefinition) {
        return state.call("DescribeDaemonTaskDefinition", () -> resolve(daemonTaskDefinition, false).map(this::now));
    }

    @Override
    public Either<EcsError, String> deleteTaskDefinition(String daemonTaskDefinition) {
        return state.call("DeleteDaemonTaskDefinition", () -> resolve(daemonTaskDefinition, true).flatMap(td -> {
            DaemonTaskDefinition current = now(td);
            if (current.status().exists(s -> s != DaemonTaskDefinitionStatus.ACTIVE)) {
                return Either.left(EcsError.of(EcsRule.DAEMON_TASK_DEFINITION_ACTIVE, current.daemonTaskDefinitionArn().get(),
                        current.status().get().wire()));
            }
            // no daemon runs it (none can exist here): ECS finishes the deletion at once, DescribeDaemonTaskDefinition shows DELETED
            state.daemonFamilies.get(td.family().get()).set(td.revision().get() - 1,
                    td.toBuilder().status(DaemonTaskDefinitionStatus.DELETE_IN_PROGRESS).deleteRequestedAt(state.now()).build());
            return Either.right(td.daemonTaskDefinitionArn().get());
        }));
    }

    /** A revision asked for later than its deletion was: DELETED, as ECS finishes deleting what no daemon uses. */
    private DaemonTaskDefinition now(DaemonTaskDefinition td) {
        boolean finished = td.status().contains(DaemonTaskDefinitionStatus.DELETE_IN_PROGRESS)
                && td.deleteRequestedAt().exists(at -> at.isBefore(state.now()));
        return finished ? td.toBuilder().status(DaemonTaskDefinitionStatus.DELETED).build() : td;
    }

    @Override
    public Either<EcsError, Seq<DaemonTaskDefinitionSummary>> listTaskDefinitions(DaemonTaskDefinitionFilter filter) {
        return state.call("ListDaemonTaskDefinitions", () -> {
            List<DaemonTaskDefinition> all = List.ofAll(state.daemonFamilies.values()).flatMap(List::ofAll).map(this::now)
                    .filter(td -> filter.familyPrefix().forAll(p -> td.family().get().startsWith(p)))
                    .filter(td -> filter.family().forAll(f -> td.family().contains(f)))
                    .filter(td -> filter.status().forAll(s -> td.status().contains(s)));
            if (filter.lastRegisteredOnly()) {
                all = all.groupBy(td -> td.family().get()).values().map(revisions -> revisions.maxBy(td -> td.revision().get()).get()).toList();
            }
            List<DaemonTaskDefinition> sorted = all.sortBy(td -> td.family().get() + ":" + String.format("%010d", td.revision().get()));
            return Either.right((filter.descending() ? sorted.reverse() : sorted).map(td -> DaemonTaskDefinitionSummary.builder()
                    .arn(td.daemonTaskDefinitionArn()).registeredAt(td.registeredAt()).registeredBy(td.registeredBy())
                    .deleteRequestedAt(td.deleteRequestedAt()).status(td.status()).build()));
        });
    }

    /** family (its latest ACTIVE revision), family:revision or ARN; {@code revisionRequired}: not a bare family. */
    private Either<EcsError, DaemonTaskDefinition> resolve(String ref, boolean revisionRequired) {
        String text = ref.startsWith("arn:") ? ref.substring(ref.indexOf(":daemon-task-definition/") < 0 ? ref.length()
                : ref.indexOf(":daemon-task-definition/") + ":daemon-task-definition/".length()) : ref;
        int colon = text.lastIndexOf(':');
        String family = colon < 0 ? text : text.substring(0, colon);
        java.util.List<DaemonTaskDefinition> revisions = state.daemonFamilies.getOrDefault(family, java.util.List.of());
        if (colon < 0) {
            if (revisionRequired) {
                return Either.left(EcsError.of(EcsRule.DAEMON_TASK_DEFINITION_REVISION_REQUIRED));
            }
            return List.ofAll(revisions).reverse().find(td -> td.status().contains(DaemonTaskDefinitionStatus.ACTIVE))
                    .toEither(() -> EcsError.of(EcsRule.DAEMON_TASK_DEFINITION_FOUND, ref));
        }
        int revision;
        try {
            revision = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            return Either.left(EcsError.of(EcsRule.DAEMON_TASK_DEFINITION_FOUND, ref));
        }
        return revision >= 1 && revision <= revisions.size() ? Either.right(revisions.get(revision - 1))
                : Either.left(EcsError.of(EcsRule.DAEMON_TASK_DEFINITION_FOUND, ref));
    }

    @Override
    public Either<EcsError, DaemonChange> create(DaemonSpec spec) {
        return state.call("CreateDaemon", () -> placement(spec.clusterArn(), spec.daemonTaskDefinitionArn(), spec.capacityProviderArns()));
    }

    @Override
    public Either<EcsError, DaemonChange> update(DaemonUpdate update) {
        return state.call("UpdateDaemon", () -> Either.left(EcsError.of(EcsRule.DAEMON_FOUND, update.daemonArn())));
    }

    /**
     * What CreateDaemon checks in order: the cluster, the daemon task definition (ACTIVE), then that every capacity
     * provider is an ECS Managed Instances provider of the cluster. None can be here, so the last check refuses.
     */
    private Either<EcsError, DaemonChange> placement(Option<String> clusterRef, String definition, Seq<String> capacityProviders) {
        return cluster(clusterRef).flatMap(cluster -> InMemoryClusters.active(state, cluster)).flatMap(c -> resolve(definition, false).flatMap(td -> {
            if (!td.status().contains(DaemonTaskDefinitionStatus.ACTIVE)) {
                return Either.left(EcsError.of(EcsRule.DAEMON_TASK_DEFINITION_ACTIVE, td.daemonTaskDefinitionArn().get(), td.status().get().wire()));
            }
            Option<String> unsuitable = capacityProviders.find(arn -> {
                String name = arn.substring(arn.lastIndexOf('/') + 1);
                CapacityProvider provider = state.capacityProviders.get(name);
                return provider == null || !provider.type().contains(CapacityProviderType.MANAGED_INSTANCES)
                        || !c.spec.capacityProviders().contains(name);
            }).orElse(() -> capacityProviders.headOption());
            return Either.left(EcsError.of(EcsRule.DAEMON_MANAGED_INSTANCES_PROVIDERS, unsuitable.getOrElse("(none given)")));
        }));
    }

    @Override
    public Either<EcsError, DaemonChange> delete(String daemonArn) {
        return state.call("DeleteDaemon", () -> Either.left(EcsError.of(EcsRule.DAEMON_FOUND, daemonArn)));
    }

    @Override
    public Either<EcsError, DaemonDetail> describe(String daemonArn) {
        return state.call("DescribeDaemon", () -> Either.left(EcsError.of(EcsRule.DAEMON_FOUND, daemonArn)));
    }

    @Override
    public Either<EcsError, Seq<DaemonSummary>> list(Option<String> cluster, Seq<String> capacityProviderArns) {
        return state.call("ListDaemons", () -> cluster.isEmpty() ? Either.right(List.empty())
                : cluster(cluster).flatMap(c -> InMemoryClusters.active(state, c)).map(ok -> List.empty()));
    }

    /** The cluster a daemon call names (name or ARN), {@code default} when none; a malformed one as ECS refuses it. */
    private static Either<EcsError, ClusterName> cluster(Option<String> ref) {
        return ref.isEmpty() ? Either.right(ClusterName.DEFAULT) : ClusterName.parse(ref.get()).mapLeft(Errors::of);
    }

    @Override
    public Either<EcsError, Descriptions<DaemonDeployment>> describeDeployments(Seq<String> daemonDeploymentArns) {
        return state.call("DescribeDaemonDeployments", () -> Either.right(new Descriptions<>(List.empty(),
                daemonDeploymentArns.map(Descriptions.Failure::missing))));
    }

    @Override
    public Either<EcsError, Seq<DaemonDeploymentSummary>> listDeployments(String daemonArn) {
        return state.call("ListDaemonDeployments", () -> Either.left(EcsError.of(EcsRule.DAEMON_FOUND, daemonArn)));
    }

    @Override
    public Either<EcsError, Descriptions<DaemonRevision>> describeRevisions(Seq<String> daemonRevisionArns) {
        return state.call("DescribeDaemonRevisions", () -> Either.right(new Descriptions<>(List.empty(),
                daemonRevisionArns.map(Descriptions.Failure::missing))));
    }
}
