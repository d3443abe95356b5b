package io.ecskit.adapter.aws;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.service.ServiceDeployment;
import io.ecskit.domain.service.ServiceDeploymentBrief;
import io.ecskit.domain.service.ServiceDeploymentStatus;
import io.ecskit.domain.service.StopServiceDeploymentStopType;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.Descriptions;
import io.ecskit.port.out.ServiceDeploymentPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** ECS's service deployments through the SDK: ListServiceDeployments (every page), DescribeServiceDeployments (20 a call), StopServiceDeployment. */
final class AwsServiceDeployments implements ServiceDeploymentPort {

    static final int DESCRIBE_BATCH = 20;

    private final AwsClients aws;

    @Inject
    AwsServiceDeployments(AwsClients aws) {
        this.aws = aws;
    }

    @Override
    public Either<EcsError, Seq<ServiceDeploymentBrief>> list(ClusterName cluster, ServiceName service, Seq<ServiceDeploymentStatus> statuses) {
        // the SDK has no paginator for ListServiceDeployments: follow nextToken
        return aws.call(() -> {
            java.util.List<ServiceDeploymentBrief> all = new java.util.ArrayList<>();
            String token = null;
            do {
                String next = token;
                var page = aws.ecs.listServiceDeployments(r -> r.cluster(cluster.value()).service(service.value())
                        .statusWithStrings(statuses.map(ServiceDeploymentStatus::wire).asJava()).nextToken(next));
                page.serviceDeployments().forEach(b -> all.add(SdkMapping.fromAws(b, ServiceDeploymentBrief.class)));
                token = page.nextToken();
            } while (token != null);
            return List.ofAll(all);
        });
    }

    @Override
    public Either<EcsError, Descriptions<ServiceDeployment>> describe(Seq<String> arns) {
        Either<EcsError, Descriptions<ServiceDeployment>> all = Either.right(new Descriptions<>(List.empty(), List.empty()));
        for (Seq<String> batch : arns.grouped(DESCRIBE_BATCH)) {
            all = all.flatMap(sofar -> aws.call(() -> aws.ecs.describeServiceDeployments(r -> r.serviceDeploymentArns(batch.asJava())),
                    r -> new Descriptions<>(
                            sofar.found().appendAll(List.ofAll(r.serviceDeployments()).map(d -> SdkMapping.fromAws(d, ServiceDeployment.class))),
                            sofar.failures().appendAll(List.ofAll(r.failures()).map(AwsModel::failure)))));
        }
        return all;
    }

    @Override
    public Either<EcsError, String> stop(String arn, StopServiceDeploymentStopType stopType) {
        return aws.call(() -> aws.ecs.stopServiceDeployment(r -> r.serviceDeploymentArn(arn).stopType(stopType.wire())),
                r -> r.serviceDeploymentArn());
    }

    @Override
    public Either<EcsError, String> continueDeployment(String arn, String hookId, io.ecskit.domain.service.DeploymentLifecycleHookAction action) {
        return aws.call(() -> aws.ecs.continueServiceDeployment(r -> r.serviceDeploymentArn(arn).hookId(hookId).action(action.wire())),
                r -> r.serviceDeploymentArn());
    }

    @Override
    public Either<EcsError, Descriptions<io.ecskit.domain.service.ServiceRevision>> describeRevisions(Seq<String> arns) {
        Either<EcsError, Descriptions<io.ecskit.domain.service.ServiceRevision>> all = Either.right(new Descriptions<>(List.empty(), List.empty()));
        for (Seq<String> batch : arns.grouped(DESCRIBE_BATCH)) {
            all = all.flatMap(sofar -> aws.call(() -> aws.ecs.describeServiceRevisions(r -> r.serviceRevisionArns(batch.asJava())),
                    r -> new Descriptions<>(
                            sofar.found().appendAll(List.ofAll(r.serviceRevisions())
                                    .map(x -> SdkMapping.fromAws(x, io.ecskit.domain.service.ServiceRevision.class))),
                            sofar.failures().appendAll(List.ofAll(r.failures()).map(AwsModel::failure)))));
        }
        return all;
    }
}
