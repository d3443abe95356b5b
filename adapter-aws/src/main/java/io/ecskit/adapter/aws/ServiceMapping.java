package io.ecskit.adapter.aws;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.cluster.Cluster;
import io.ecskit.domain.cluster.ClusterStatus;
import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.service.Deployment;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentStatus;
import io.ecskit.domain.service.LoadBalancer;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceEvent;
import io.ecskit.domain.service.ServiceStatus;
import io.ecskit.domain.task.ContainerState;
import io.ecskit.domain.task.HealthStatus;
import io.ecskit.domain.task.TaskStopCode;
import io.ecskit.domain.task.Task;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.LaunchType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import io.vavr.control.Try;
import software.amazon.awssdk.services.ecs.model.NetworkConfiguration;

import java.time.Instant;

/** Services, deployments, tasks and clusters between the domain and the ECS SDK model. */
final class ServiceMapping {

    private ServiceMapping() {
    }

    static NetworkConfiguration toAws(AwsVpcConfiguration vpc) {
        return NetworkConfiguration.builder().awsvpcConfiguration(software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration.builder()
                .subnets(vpc.subnets().asJava()).securityGroups(vpc.securityGroups().asJava())
                .assignPublicIp(vpc.assignPublicIp().name()).build()).build();
    }

    static software.amazon.awssdk.services.ecs.model.LoadBalancer toAws(LoadBalancer lb) {
        return software.amazon.awssdk.services.ecs.model.LoadBalancer.builder()
                .targetGroupArn(lb.targetGroupArn().getOrNull()).loadBalancerName(lb.loadBalancerName().getOrNull())
                .containerName(lb.containerName()).containerPort(lb.containerPort()).build();
    }

    static software.amazon.awssdk.services.ecs.model.DeploymentConfiguration toAws(DeploymentConfiguration d) {
        return software.amazon.awssdk.services.ecs.model.DeploymentConfiguration.builder()
                .minimumHealthyPercent(d.minimumHealthyPercent()).maximumPercent(d.maximumPercent())
                .deploymentCircuitBreaker(b -> b.enable(d.circuitBreaker().enable()).rollback(d.circuitBreaker().rollback()))
                .build();
    }

    private static Option<AwsVpcConfiguration> fromAws(NetworkConfiguration n) {
        return Option.of(n).flatMap(x -> Option.of(x.awsvpcConfiguration())).map(v -> new AwsVpcConfiguration(
                List.ofAll(v.subnets()), List.ofAll(v.securityGroups()),
                Option.of(v.assignPublicIpAsString()).flatMap(a -> Try.of(() -> AssignPublicIp.valueOf(a)).toOption())
                        .getOrElse(AssignPublicIp.DISABLED)));
    }

    private static <E extends Enum<E>> Option<E> enumOf(Class<E> type, String value) {
        return Option.of(value).flatMap(v -> Try.of(() -> Enum.valueOf(type, v)).toOption());
    }

    static Service fromAws(software.amazon.awssdk.services.ecs.model.Service s) {
        var dc = s.deploymentConfiguration();
        DeploymentConfiguration configuration = dc == null ? DeploymentConfiguration.ECS_DEFAULT : new DeploymentConfiguration(
                dc.minimumHealthyPercent() == null ? 100 : dc.minimumHealthyPercent(),
                dc.maximumPercent() == null ? 200 : dc.maximumPercent(),
                dc.deploymentCircuitBreaker() == null ? DeploymentCircuitBreaker.DISABLED
                        : new DeploymentCircuitBreaker(Boolean.TRUE.equals(dc.deploymentCircuitBreaker().enable()),
                        Boolean.TRUE.equals(dc.deploymentCircuitBreaker().rollback())));
        return Service.builder()
                .arn(ServiceArn.parse(s.serviceArn())
                        .getOrElseThrow(() -> new IllegalStateException("not a long-format service ARN: " + s.serviceArn())))
                .status(enumOf(ServiceStatus.class, s.status()).getOrElse(ServiceStatus.ACTIVE))
                .taskDefinition(s.taskDefinition())
                .desiredCount(n(s.desiredCount()))
                .runningCount(n(s.runningCount()))
                .pendingCount(n(s.pendingCount()))
                .launchType(Option.of(s.launchTypeAsString()).flatMap(LaunchType::fromWire))
                .platformVersion(Option.of(s.platformVersion()))
                .networkConfiguration(fromAws(s.networkConfiguration()))
                .loadBalancers(List.ofAll(s.loadBalancers()).map(lb -> new LoadBalancer(Option.of(lb.targetGroupArn()),
                        Option.of(lb.loadBalancerName()), lb.containerName(), n(lb.containerPort()))))
                .deploymentConfiguration(configuration)
                .deployments(List.ofAll(s.deployments()).map(ServiceMapping::fromAws))
                .events(List.ofAll(s.events()).map(e -> new ServiceEvent(e.id(), time(e.createdAt()), e.message())))
                .createdAt(time(s.createdAt()))
                .healthCheckGracePeriodSeconds(Option.of(s.healthCheckGracePeriodSeconds()))
                .tags(List.ofAll(s.tags()).map(t -> Tag.of(t.key(), t.value())))
                .build();
    }

    private static Deployment fromAws(software.amazon.awssdk.services.ecs.model.Deployment d) {
        return Deployment.builder()
                .id(d.id())
                .status(enumOf(DeploymentStatus.class, d.status()).getOrElse(DeploymentStatus.ACTIVE))
                .taskDefinition(d.taskDefinition())
                .desiredCount(n(d.desiredCount()))
                .pendingCount(n(d.pendingCount()))
                .runningCount(n(d.runningCount()))
                .failedTasks(n(d.failedTasks()))
                .createdAt(time(d.createdAt()))
                .updatedAt(time(d.updatedAt()))
                .launchType(Option.of(d.launchTypeAsString()).flatMap(LaunchType::fromWire))
                .platformVersion(Option.of(d.platformVersion()))
                .networkConfiguration(fromAws(d.networkConfiguration()))
                .rolloutState(enumOf(DeploymentRolloutState.class, d.rolloutStateAsString()))
                .rolloutStateReason(Option.of(d.rolloutStateReason()))
                .build();
    }

    static Task fromAws(software.amazon.awssdk.services.ecs.model.Task t) {
        return Task.builder()
                .arn(TaskArn.parse(t.taskArn()).getOrElseThrow(() -> new IllegalStateException("not a task ARN: " + t.taskArn())))
                .taskDefinitionArn(t.taskDefinitionArn())
                .group(Option.of(t.group()))
                .startedBy(Option.of(t.startedBy()))
                .lastStatus(enumOf(TaskStatus.class, t.lastStatus()).getOrElse(TaskStatus.PENDING))
                .desiredStatus(enumOf(TaskStatus.class, t.desiredStatus()).getOrElse(TaskStatus.RUNNING))
                .launchType(Option.of(t.launchTypeAsString()).flatMap(LaunchType::fromWire))
                .containers(List.ofAll(t.containers()).map(c -> new ContainerState(c.name(), c.image(),
                        enumOf(TaskStatus.class, c.lastStatus()).getOrElse(TaskStatus.PENDING), Option.of(c.exitCode()),
                        Option.of(c.reason()), enumOf(HealthStatus.class, c.healthStatusAsString()).getOrElse(HealthStatus.UNKNOWN),
                        Option.of(c.imageDigest()))))
                .healthStatus(enumOf(HealthStatus.class, t.healthStatusAsString()).getOrElse(HealthStatus.UNKNOWN))
                .createdAt(time(t.createdAt()))
                .startedAt(Option.of(t.startedAt()))
                .stoppingAt(Option.of(t.stoppingAt()))
                .stoppedAt(Option.of(t.stoppedAt()))
                .stopCode(enumOf(TaskStopCode.class, t.stopCodeAsString()))
                .stoppedReason(Option.of(t.stoppedReason()))
                .cpu(Option.of(t.cpu()))
                .memory(Option.of(t.memory()))
                .containerInstanceArn(Option.of(t.containerInstanceArn()))
                .tags(List.ofAll(t.tags()).map(x -> Tag.of(x.key(), x.value())))
                .build();
    }

    static Cluster fromAws(software.amazon.awssdk.services.ecs.model.Cluster c) {
        return Cluster.builder()
                .arn(ClusterArn.parse(c.clusterArn()).getOrElseThrow(() -> new IllegalStateException("not a cluster ARN: " + c.clusterArn())))
                .status(enumOf(ClusterStatus.class, c.status()).getOrElse(ClusterStatus.ACTIVE))
                .activeServicesCount(n(c.activeServicesCount()))
                .runningTasksCount(n(c.runningTasksCount()))
                .pendingTasksCount(n(c.pendingTasksCount()))
                .registeredContainerInstancesCount(n(c.registeredContainerInstancesCount()))
                .capacityProviders(List.ofAll(c.capacityProviders()))
                .tags(List.ofAll(c.tags()).map(t -> Tag.of(t.key(), t.value())))
                .containerInsights(List.ofAll(c.settings()).find(s -> "containerInsights".equals(s.nameAsString()))
                        .map(s -> "enabled".equals(s.value())))
                .build();
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }

    private static Instant time(Instant value) {
        return value == null ? Instant.EPOCH : value;
    }
}
