package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.ServiceDeployment;
import io.ecskit.domain.service.ServiceDeploymentBrief;
import io.ecskit.domain.service.ServiceDeploymentStatus;
import io.ecskit.domain.service.StopServiceDeploymentStopType;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.ServiceDeploymentPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/** ECS's service deployments in memory: one per deployment a service started, read from the simulated rollouts. */
final class InMemoryServiceDeployments implements ServiceDeploymentPort {

    static final int MAX_DESCRIBE = 20;

    private final InMemoryState state;

    @Inject
    InMemoryServiceDeployments(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Either<EcsError, Seq<ServiceDeploymentBrief>> list(ClusterName cluster, ServiceName service, Seq<ServiceDeploymentStatus> statuses) {
        return state.call("ListServiceDeployments", () -> InMemoryClusters.active(state, cluster)
                .flatMap(c -> Option.of(state.servicesByName.get(InMemoryState.key(cluster, service)))
                        .toEither(() -> (EcsError) EcsError.ServiceNotFound.of()))
                .map(s -> List.ofAll(s.serviceDeployments).filter(d -> statuses.isEmpty() || statuses.contains(d.status()))
                        .map(ServiceDeploymentState::brief)));
    }

    @Override
    public Either<EcsError, Descriptions<ServiceDeployment>> describe(Seq<String> arns) {
        return state.call("DescribeServiceDeployments", () -> {
            if (arns.isEmpty() || arns.size() > MAX_DESCRIBE) {
                return Either.left(EcsError.InvalidParameter.of("serviceDeploymentArns: between 1 and " + MAX_DESCRIBE
                        + " ARNs, not " + arns.size() + "."));
            }
            Seq<Option<ServiceDeploymentState>> found = arns.map(this::find);
            return Either.right(new Descriptions<>(
                    found.flatMap(o -> o).map(d -> d.view(Scheduler.liveTasks(state, d.service))),
                    arns.zip(found).filter(af -> af._2.isEmpty()).map(af -> Descriptions.Failure.missing(af._1))));
        });
    }

    @Override
    public Either<EcsError, String> stop(String arn, StopServiceDeploymentStopType stopType) {
        return state.call("StopServiceDeployment", () -> {
            Option<ServiceDeploymentState> found = find(arn);
            if (found.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.SERVICE_DEPLOYMENT_FOUND, arn));
            }
            ServiceDeploymentState d = found.get();
            if (d.status() != ServiceDeploymentStatus.IN_PROGRESS) {
                return Either.left(EcsError.of(EcsRule.SERVICE_DEPLOYMENT_IN_PROGRESS, arn, d.status().wire()));
            }
            if (stopType == StopServiceDeploymentStopType.ABORT) {
                d.target.launching = false;
                d.stoppedAt = Option.of(state.now());
                d.stopReason = "Service deployment stopped by StopServiceDeployment (ABORT).";
            } else {
                d.target.rollbackDue = "Rollback requested by StopServiceDeployment.";
                d.target.fail("Service deployment rollback requested (StopServiceDeployment).", state.now());
                state.rollBack(d.service, d.target, "Rollback requested by StopServiceDeployment.");
            }
            return Either.right(arn);
        });
    }

    private Option<ServiceDeploymentState> find(String arn) {
        return List.ofAll(state.services).flatMap(s -> s.serviceDeployments).find(d -> d.arn.equals(arn));
    }

    @Override
    public Either<EcsError, String> continueDeployment(String arn, String hookId,
                                                       io.ecskit.domain.service.DeploymentLifecycleHookAction action) {
        return state.call("ContinueServiceDeployment", () -> {
            Option<ServiceDeploymentState> found = find(arn);
            if (found.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.SERVICE_DEPLOYMENT_FOUND, arn));
            }
            if (!state.answerHook(found.get(), hookId, action)) {
                return Either.left(EcsError.of(EcsRule.HOOK_AWAITING_ACTION, hookId));
            }
            return Either.right(arn);
        });
    }

    @Override
    public Either<EcsError, Descriptions<io.ecskit.domain.service.ServiceRevision>> describeRevisions(Seq<String> arns) {
        return state.call("DescribeServiceRevisions", () -> {
            if (arns.isEmpty() || arns.size() > MAX_DESCRIBE) {
                return Either.left(EcsError.InvalidParameter.of("serviceRevisionArns: between 1 and " + MAX_DESCRIBE
                        + " ARNs, not " + arns.size() + "."));
            }
            Seq<Option<io.ecskit.domain.service.ServiceRevision>> found = arns.map(arn -> List.ofAll(state.services)
                    .flatMap(s -> List.ofAll(s.serviceDeployments).flatMap(r -> r.sources.prepend(r.target)).distinct()
                            .filter(d -> arn.equals(d.revisionArn)).map(d -> revision(s, d))).headOption());
            return Either.right(new Descriptions<>(found.flatMap(o -> o),
                    arns.zip(found).filter(af -> af._2.isEmpty()).map(af -> Descriptions.Failure.missing(af._1))));
        });
    }

    /**
     * A revision as ECS keeps it: the settings its deployment started with, and each container's
     * image with its digest — the pushed image's on this kit's own ECR, else a digest derived from
     * the reference (the simulation pulls nothing).
     */
    private io.ecskit.domain.service.ServiceRevision revision(ServiceState s, DeploymentState d) {
        io.ecskit.domain.service.ServiceRevision copied = io.ecskit.domain.Members.copy(d.settings, io.ecskit.domain.service.ServiceRevision.class);
        List<io.ecskit.domain.service.ContainerImage> images = InMemoryTaskDefinitions.byArn(state, d.taskDefinition)
                .map(td -> td.definition().containerDefinitions().map(c -> io.ecskit.domain.service.ContainerImage.builder()
                        .containerName(c.name()).image(c.image()).imageDigest(c.image().map(this::digest)).build()).toList())
                .getOrElse(List.empty());
        return io.ecskit.domain.Members.with(copied, java.util.Map.of("serviceRevisionArn", d.revisionArn,
                "serviceArn", Option.of(s.arn.toString()), "clusterArn", Option.of(s.arn.clusterArn().toString()),
                "taskDefinition", Option.of(d.taskDefinition.toString()), "containerImages", images, "createdAt", Option.of(d.createdAt)));
    }

    private String digest(String image) {
        return InMemoryEcr.own(state, image).flatMap(ref -> Option.of(state.repositories.get(ref.repository()))
                        .flatMap(r -> ref.isDigest() ? Option.of(ref.tagOrDigest()) : List.ofAll(r.imagesByDigest.values())
                                .find(i -> i.tags().exists(t -> t.value().equals(ref.tagOrDigest()))).map(i -> i.digest().value())))
                .getOrElse(() -> "sha256:" + InMemoryEcr.sha256(image.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
