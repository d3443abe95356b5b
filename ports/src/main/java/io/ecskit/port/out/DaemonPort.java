package io.ecskit.port.out;

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
import io.ecskit.domain.daemon.DaemonTaskDefinitionSummary;
import io.ecskit.domain.daemon.DaemonUpdate;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * ECS daemons and daemon task definitions. A daemon runs one task of a daemon task definition on every container
 * instance of ECS Managed Instances capacity providers (rule daemonManagedInstancesProviders); daemon task definitions
 * are a family namespace of their own, registered, described, listed and deleted (ACTIVE, DELETE_IN_PROGRESS, DELETED)
 * apart from task definitions. Errors as ECS answers them: ClusterNotFoundException, DaemonNotFoundException (rule
 * daemonFound), ClientException for daemon task definitions (rules daemonTaskDefinitionFound, daemonTaskDefinitionActive,
 * daemonTaskDefinitionRevisionRequired) and for what RegisterTaskDefinition's family and container rules refuse.
 * Source: ECS API reference, the daemon operations.
 */
public interface DaemonPort {

    /** RegisterDaemonTaskDefinition: the family's next revision, ACTIVE. */
    Either<EcsError, DaemonTaskDefinition> registerTaskDefinition(DaemonTaskDefinitionSpec spec);

    /** DescribeDaemonTaskDefinition: a family (its latest ACTIVE revision), family:revision or ARN; DELETED revisions too. */
    Either<EcsError, DaemonTaskDefinition> describeTaskDefinition(String daemonTaskDefinition);

    /** DeleteDaemonTaskDefinition: family:revision or ARN; the revision goes DELETE_IN_PROGRESS, then DELETED. Answers its ARN. */
    Either<EcsError, String> deleteTaskDefinition(String daemonTaskDefinition);

    /** ListDaemonTaskDefinitions, every page. */
    Either<EcsError, Seq<DaemonTaskDefinitionSummary>> listTaskDefinitions(DaemonTaskDefinitionFilter filter);

    /** CreateDaemon: ACTIVE, with the deployment of its first revision. */
    Either<EcsError, DaemonChange> create(DaemonSpec spec);

    /** UpdateDaemon: a new revision deployed. */
    Either<EcsError, DaemonChange> update(DaemonUpdate update);

    /** DeleteDaemon: DELETE_IN_PROGRESS while its tasks drain. */
    Either<EcsError, DaemonChange> delete(String daemonArn);

    /** DescribeDaemon. */
    Either<EcsError, DaemonDetail> describe(String daemonArn);

    /** ListDaemons, every page: of one cluster (name or ARN) or all, optionally only those on the capacity providers named. */
    Either<EcsError, Seq<DaemonSummary>> list(Option<String> cluster, Seq<String> capacityProviderArns);

    /** DescribeDaemonDeployments: unknown ARNs are MISSING failures. */
    Either<EcsError, Descriptions<DaemonDeployment>> describeDeployments(Seq<String> daemonDeploymentArns);

    /** ListDaemonDeployments, every page, newest first. */
    Either<EcsError, Seq<DaemonDeploymentSummary>> listDeployments(String daemonArn);

    /** DescribeDaemonRevisions: unknown ARNs are MISSING failures. */
    Either<EcsError, Descriptions<DaemonRevision>> describeRevisions(Seq<String> daemonRevisionArns);
}
