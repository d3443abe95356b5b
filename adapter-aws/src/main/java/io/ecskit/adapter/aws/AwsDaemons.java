package io.ecskit.adapter.aws;

import io.ecskit.domain.daemon.DaemonChange;
import io.ecskit.domain.daemon.DaemonDeployment;
import io.ecskit.domain.daemon.DaemonDeploymentSummary;
import io.ecskit.domain.daemon.DaemonDetail;
import io.ecskit.domain.daemon.DaemonRevision;
import io.ecskit.domain.daemon.DaemonSpec;
import io.ecskit.domain.daemon.DaemonStatus;
import io.ecskit.domain.daemon.DaemonSummary;
import io.ecskit.domain.daemon.DaemonTaskDefinition;
import io.ecskit.domain.daemon.DaemonTaskDefinitionFilter;
import io.ecskit.domain.daemon.DaemonTaskDefinitionSpec;
import io.ecskit.domain.daemon.DaemonTaskDefinitionSummary;
import io.ecskit.domain.daemon.DaemonUpdate;
import io.ecskit.domain.WireValue;
import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.DaemonPort;
import io.ecskit.port.out.Descriptions;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.ecs.model.CreateDaemonRequest;
import software.amazon.awssdk.services.ecs.model.RegisterDaemonTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.UpdateDaemonRequest;

import java.time.Instant;

/** Daemons and daemon task definitions through ECS's twelve daemon operations (pages read to the end). */
final class AwsDaemons implements DaemonPort {

    private final AwsClients aws;

    @Inject
    AwsDaemons(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, DaemonTaskDefinition> registerTaskDefinition(DaemonTaskDefinitionSpec spec) {
        return aws.call(() -> aws.ecs.registerDaemonTaskDefinition(SdkMapping.toSdk(spec, RegisterDaemonTaskDefinitionRequest.class))
                        .daemonTaskDefinitionArn())
                .flatMap(this::describeTaskDefinition);
    }

    @Override
    public Either<EcsError, DaemonTaskDefinition> describeTaskDefinition(String daemonTaskDefinition) {
        return aws.call(() -> aws.ecs.describeDaemonTaskDefinition(r -> r.daemonTaskDefinition(daemonTaskDefinition)).daemonTaskDefinition())
                .map(td -> SdkMapping.fromAws(td, DaemonTaskDefinition.class));
    }

    @Override
    public Either<EcsError, String> deleteTaskDefinition(String daemonTaskDefinition) {
        return aws.call(() -> aws.ecs.deleteDaemonTaskDefinition(r -> r.daemonTaskDefinition(daemonTaskDefinition)).daemonTaskDefinitionArn());
    }

    @Override
    public Either<EcsError, Seq<DaemonTaskDefinitionSummary>> listTaskDefinitions(DaemonTaskDefinitionFilter filter) {
        return aws.call(() -> Paging.all(token -> aws.ecs.listDaemonTaskDefinitions(r -> r.familyPrefix(filter.familyPrefix().getOrNull())
                        .family(filter.family().getOrNull()).revision(filter.lastRegisteredOnly() ? "LAST_REGISTERED" : null)
                        .status(filter.status().map(WireValue::wire).getOrElse("ALL")).sort(filter.descending() ? "DESC" : "ASC")
                        .nextToken(token)),
                p -> List.ofAll(p.daemonTaskDefinitions()).map(d -> SdkMapping.fromAws(d, DaemonTaskDefinitionSummary.class)),
                p -> p.nextToken()));
    }

    @Override
    public Either<EcsError, DaemonChange> create(DaemonSpec spec) {
        return aws.call(() -> aws.ecs.createDaemon(SdkMapping.toSdk(spec, CreateDaemonRequest.class)))
                .map(r -> change(r.daemonArn(), r.statusAsString(), r.createdAt(), null, r.deploymentArn()));
    }

    @Override
    public Either<EcsError, DaemonChange> update(DaemonUpdate update) {
        return aws.call(() -> aws.ecs.updateDaemon(SdkMapping.toSdk(update, UpdateDaemonRequest.class)))
                .map(r -> change(r.daemonArn(), r.statusAsString(), r.createdAt(), r.updatedAt(), r.deploymentArn()));
    }

    @Override
    public Either<EcsError, DaemonChange> delete(String daemonArn) {
        return aws.call(() -> aws.ecs.deleteDaemon(r -> r.daemonArn(daemonArn)))
                .map(r -> change(r.daemonArn(), r.statusAsString(), r.createdAt(), r.updatedAt(), r.deploymentArn()));
    }

    private static DaemonChange change(String arn, String status, Instant createdAt, Instant updatedAt, String deploymentArn) {
        return new DaemonChange(Option.of(arn), Option.of(status).flatMap(s -> WireValue.parse(DaemonStatus.class, s).toOption()),
                Option.of(createdAt), Option.of(updatedAt), Option.of(deploymentArn));
    }

    @Override
    public Either<EcsError, DaemonDetail> describe(String daemonArn) {
        return aws.call(() -> aws.ecs.describeDaemon(r -> r.daemonArn(daemonArn)).daemon()).map(d -> SdkMapping.fromAws(d, DaemonDetail.class));
    }

    @Override
    public Either<EcsError, Seq<DaemonSummary>> list(Option<String> cluster, Seq<String> capacityProviderArns) {
        return aws.call(() -> Paging.all(token -> aws.ecs.listDaemons(r -> r.clusterArn(cluster.getOrNull())
                .capacityProviderArns(capacityProviderArns.isEmpty() ? null : capacityProviderArns.asJava()).nextToken(token)),
                p -> List.ofAll(p.daemonSummariesList()).map(s -> SdkMapping.fromAws(s, DaemonSummary.class)), p -> p.nextToken()));
    }

    @Override
    public Either<EcsError, Descriptions<DaemonDeployment>> describeDeployments(Seq<String> daemonDeploymentArns) {
        return aws.call(() -> aws.ecs.describeDaemonDeployments(r -> r.daemonDeploymentArns(daemonDeploymentArns.asJava())))
                .map(d -> new Descriptions<>(List.ofAll(d.daemonDeployments()).map(x -> SdkMapping.fromAws(x, DaemonDeployment.class)),
                        List.ofAll(d.failures()).map(f -> new Descriptions.Failure(f.arn(), f.reason(), Option.of(f.detail())))));
    }

    @Override
    public Either<EcsError, Seq<DaemonDeploymentSummary>> listDeployments(String daemonArn) {
        return aws.call(() -> Paging.all(token -> aws.ecs.listDaemonDeployments(r -> r.daemonArn(daemonArn).nextToken(token)),
                p -> List.ofAll(p.daemonDeployments()).map(s -> SdkMapping.fromAws(s, DaemonDeploymentSummary.class)), p -> p.nextToken()));
    }

    @Override
    public Either<EcsError, Descriptions<DaemonRevision>> describeRevisions(Seq<String> daemonRevisionArns) {
        return aws.call(() -> aws.ecs.describeDaemonRevisions(r -> r.daemonRevisionArns(daemonRevisionArns.asJava())))
                .map(d -> new Descriptions<>(List.ofAll(d.daemonRevisions()).map(x -> SdkMapping.fromAws(x, DaemonRevision.class)),
                        List.ofAll(d.failures()).map(f -> new Descriptions.Failure(f.arn(), f.reason(), Option.of(f.detail())))));
    }
}
