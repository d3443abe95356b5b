package io.ecskit.contract.usecase;

import io.ecskit.contract.Capability;
import io.ecskit.contract.ContractTest;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.ServiceDeployment;
import io.ecskit.domain.service.ServiceDeploymentBrief;
import io.ecskit.domain.service.ServiceDeploymentStatus;
import io.ecskit.domain.service.StopServiceDeploymentStopType;
import io.ecskit.domain.taskdef.TaskDefinition;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentOutcome.Result;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ECS's service deployments (ListServiceDeployments, DescribeServiceDeployments,
 * StopServiceDeployment) as deploys leave them: one per deployment, its source and target
 * revisions, and how it ended — SUCCESSFUL, ROLLBACK_SUCCESSFUL with the revision it went back to,
 * ROLLBACK_FAILED when nothing COMPLETED came before, STOPPED when a newer one replaced it.
 */
public abstract class ServiceDeploymentsContract extends ContractTest {

    private ClusterName cluster;
    private ServiceName service;
    private String family;

    @BeforeEach
    void names() {
        cluster = fixtures.clusterName();
        service = fixtures.serviceName();
        family = fixtures.family();
    }

    private String unpushed() {
        return kit.accountId() + ".dkr.ecr." + kit.region() + ".amazonaws.com/" + backend.prefix() + "nope:1";
    }

    private DeployService.Command command(String image) {
        TaskDefinition td = fixtures.fargate(family, image);
        return DeployService.Command.of(td, cluster, service, 1).withNetwork(fixtures.network())
                .withDeploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(100).maximumPercent(200)
                        .deploymentCircuitBreaker(DeploymentCircuitBreaker.WITH_ROLLBACK).build());
    }

    private DeploymentOutcome deploy(DeployService.Command command) {
        return right(kit.deploy(command, DeploymentProgress.Listener.NONE));
    }

    private Seq<ServiceDeploymentBrief> list() {
        return right(kit.api().serviceDeployments().list(cluster, service, List.empty()));
    }

    private ServiceDeployment describe(String arn) {
        return right(kit.api().serviceDeployments().describe(List.of(arn))).found().single();
    }

    @Test
    void aDeployThatSucceeds_isOneSuccessfulServiceDeployment_withItsTargetRevisionRunning() {
        requires(Capability.SERVICE_DEPLOYMENTS);
        requires(Capability.DEPLOYMENTS);
        assertThat(deploy(command(fixtures.IMAGE)).result()).isEqualTo(Result.SUCCEEDED);

        ServiceDeploymentBrief brief = list().single();
        assertThat(brief.status()).contains(ServiceDeploymentStatus.SUCCESSFUL);
        assertThat(brief.serviceDeploymentArn()).contains(":service-deployment/" + cluster.value() + "/" + service.value() + "/");
        ServiceDeployment d = describe(brief.serviceDeploymentArn());
        assertThat(d.targetServiceRevision().get().arn()).contains(":service-revision/" + cluster.value() + "/" + service.value() + "/")
                .isEqualTo(brief.targetServiceRevisionArn().get());
        assertThat(d.targetServiceRevision().get().runningTaskCount()).contains(1);
        assertThat(d.sourceServiceRevisions()).isEmpty();
        assertThat(d.finishedAt()).isNotEmpty();
        assertThat(d.rollback()).isEmpty();
    }

    @Test
    void anUnpullableImageAfterAGoodOne_isRolledBack_toTheGoodRevision() {
        requires(Capability.SERVICE_DEPLOYMENTS);
        requires(Capability.IMAGE_PULL_CHECKS);
        deploy(command(fixtures.IMAGE));
        String good = list().single().targetServiceRevisionArn().get();

        assertThat(deploy(command(unpushed())).result()).isEqualTo(Result.ROLLED_BACK);
        backend.passTime(Duration.ofMinutes(3));

        Seq<ServiceDeploymentBrief> all = list();
        assertThat(all.map(b -> b.status().get())).containsExactly(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL, ServiceDeploymentStatus.SUCCESSFUL);
        ServiceDeployment failed = describe(all.head().serviceDeploymentArn());
        assertThat(failed.rollback().get().serviceRevisionArn()).contains(good);
        assertThat(failed.rollback().get().reason().get()).contains("circuit breaker");
        assertThat(failed.sourceServiceRevisions().map(r -> r.arn())).containsExactly(good);
        assertThat(failed.deploymentCircuitBreaker().get().failureCount().get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFirstDeployThatFails_hasNothingToGoBackTo_rollbackFailed() {
        requires(Capability.SERVICE_DEPLOYMENTS);
        requires(Capability.IMAGE_PULL_CHECKS);

        DeploymentOutcome outcome = deploy(command(unpushed()).withTimeout(Duration.ofMinutes(10)));

        assertThat(outcome.result()).isIn(Result.FAILED, Result.TIMED_OUT);
        backend.passTime(Duration.ofMinutes(5));
        assertThat(list().single().status()).contains(ServiceDeploymentStatus.ROLLBACK_FAILED);
    }

    @Test
    void stop_rollsAnInProgressDeploymentBack_andRefusesOneThatEnded() {
        requires(Capability.SERVICE_DEPLOYMENTS);
        requires(Capability.DEPLOYMENTS);
        deploy(command(fixtures.IMAGE));
        String finished = list().single().serviceDeploymentArn();
        deploy(command(fixtures.IMAGE + "-next").withoutWaiting());
        String running = list().head().serviceDeploymentArn();

        assertThat(right(kit.api().serviceDeployments().stop(running, StopServiceDeploymentStopType.ROLLBACK))).isEqualTo(running);
        backend.passTime(Duration.ofMinutes(3));
        assertThat(describe(running).status()).contains(ServiceDeploymentStatus.ROLLBACK_SUCCESSFUL);

        var refused = kit.api().serviceDeployments().stop(finished, StopServiceDeploymentStopType.ROLLBACK);
        assertThat(refused.isLeft()).isTrue();
        assertThat(refused.getLeft().code()).isEqualTo("ConflictException");
    }

    @Test
    void describe_anUnknownArn_isAFailure_MISSING() {
        requires(Capability.SERVICE_DEPLOYMENTS);
        String unknown = "arn:aws:ecs:" + kit.region() + ":" + kit.accountId() + ":service-deployment/" + cluster.value()
                + "/web/0123456789012345678901";

        var described = right(kit.api().serviceDeployments().describe(List.of(unknown)));

        assertThat(described.found()).isEmpty();
        assertThat(described.failures().single().arn()).isEqualTo(unknown);
        assertThat(described.failures().single().reason()).isEqualTo("MISSING");
    }

    @Test
    void describeRevisions_givesTheRevisionsSettings_andEachContainersImageDigest() {
        requires(Capability.SERVICE_DEPLOYMENTS);
        requires(Capability.DEPLOYMENTS);
        DeploymentOutcome outcome = deploy(command(fixtures.IMAGE));
        String revisionArn = list().single().targetServiceRevisionArn().get();
        String unknown = revisionArn.substring(0, revisionArn.lastIndexOf('/') + 1) + "1234567890123456789";

        var described = right(kit.api().serviceDeployments().describeRevisions(List.of(revisionArn, unknown)));

        var revision = described.found().single();
        assertThat(revision.serviceRevisionArn()).isEqualTo(revisionArn);
        assertThat(revision.taskDefinition().get()).endsWith(":task-definition/" + family + ":1");
        assertThat(revision.taskDefinition()).contains(outcome.taskDefinition().get().wire());
        assertThat(revision.launchType().map(l -> l.wire())).contains("FARGATE");
        assertThat(revision.containerImages().single().image()).contains(fixtures.IMAGE);
        assertThat(revision.containerImages().single().imageDigest().get()).matches("sha256:[0-9a-f]{64}");
        assertThat(revision.networkConfiguration()).isNotEmpty();
        assertThat(described.failures().single().arn()).isEqualTo(unknown);
    }
}
