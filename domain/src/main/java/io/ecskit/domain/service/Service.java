package io.ecskit.domain.service;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceArn;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.taskdef.LaunchType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** An ECS service as DescribeServices reports it. */
public record Service(
        ServiceArn arn,
        ServiceStatus status,
        String taskDefinition,
        Integer desiredCount,
        Integer runningCount,
        Integer pendingCount,
        Option<LaunchType> launchType,
        Option<String> platformVersion,
        Option<AwsVpcConfiguration> networkConfiguration,
        List<LoadBalancer> loadBalancers,
        DeploymentConfiguration deploymentConfiguration,
        List<Deployment> deployments,
        List<ServiceEvent> events,
        Instant createdAt,
        Option<Integer> healthCheckGracePeriodSeconds,
        List<Tag> tags) {

    public Service {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(status, "status");
        taskDefinition = taskDefinition == null ? "" : taskDefinition;
        Objects.requireNonNull(desiredCount, "desiredCount");
        Objects.requireNonNull(runningCount, "runningCount");
        Objects.requireNonNull(pendingCount, "pendingCount");
        launchType = launchType == null ? Option.none() : launchType;
        platformVersion = platformVersion == null ? Option.none() : platformVersion;
        networkConfiguration = networkConfiguration == null ? Option.none() : networkConfiguration;
        loadBalancers = loadBalancers == null ? List.empty() : loadBalancers;
        Objects.requireNonNull(deploymentConfiguration, "deploymentConfiguration");
        deployments = deployments == null ? List.empty() : deployments;
        events = events == null ? List.empty() : events;
        Objects.requireNonNull(createdAt, "createdAt");
        healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds == null ? Option.none() : healthCheckGracePeriodSeconds;
        tags = tags == null ? List.empty() : tags;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.arn = arn;
        b.status = status;
        b.taskDefinition = taskDefinition;
        b.desiredCount = desiredCount;
        b.runningCount = runningCount;
        b.pendingCount = pendingCount;
        b.launchType = launchType;
        b.platformVersion = platformVersion;
        b.networkConfiguration = networkConfiguration;
        b.loadBalancers = loadBalancers;
        b.deploymentConfiguration = deploymentConfiguration;
        b.deployments = deployments;
        b.events = events;
        b.createdAt = createdAt;
        b.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
        b.tags = tags;
        return b;
    }

    public ServiceName name() {
        return arn.name();
    }

    public ClusterName cluster() {
        return arn.cluster();
    }

    /** The deployment ECS is rolling out now (status PRIMARY). */
    public Option<Deployment> primaryDeployment() {
        return deployments.find(d -> d.status() == DeploymentStatus.PRIMARY);
    }

    public Option<Deployment> deployment(String id) {
        return deployments.find(d -> d.id().equals(id));
    }

    public static final class Builder {
        private ServiceArn arn;
        private ServiceStatus status;
        private String taskDefinition;
        private Integer desiredCount;
        private Integer runningCount;
        private Integer pendingCount;
        private Option<LaunchType> launchType = Option.none();
        private Option<String> platformVersion = Option.none();
        private Option<AwsVpcConfiguration> networkConfiguration = Option.none();
        private List<LoadBalancer> loadBalancers = List.empty();
        private DeploymentConfiguration deploymentConfiguration;
        private List<Deployment> deployments = List.empty();
        private List<ServiceEvent> events = List.empty();
        private Instant createdAt;
        private Option<Integer> healthCheckGracePeriodSeconds = Option.none();
        private List<Tag> tags = List.empty();

        private Builder() {
        }

        public Builder arn(ServiceArn arn) {
            this.arn = arn;
            return this;
        }

        public Builder status(ServiceStatus status) {
            this.status = status;
            return this;
        }

        public Builder taskDefinition(String taskDefinition) {
            this.taskDefinition = taskDefinition;
            return this;
        }

        public Builder desiredCount(Integer desiredCount) {
            this.desiredCount = desiredCount;
            return this;
        }

        public Builder runningCount(Integer runningCount) {
            this.runningCount = runningCount;
            return this;
        }

        public Builder pendingCount(Integer pendingCount) {
            this.pendingCount = pendingCount;
            return this;
        }

        public Builder launchType(LaunchType launchType) {
            this.launchType = Option.of(launchType);
            return this;
        }

        public Builder launchType(Option<LaunchType> launchType) {
            this.launchType = launchType;
            return this;
        }

        public Builder platformVersion(String platformVersion) {
            this.platformVersion = Option.of(platformVersion);
            return this;
        }

        public Builder platformVersion(Option<String> platformVersion) {
            this.platformVersion = platformVersion;
            return this;
        }

        public Builder networkConfiguration(AwsVpcConfiguration networkConfiguration) {
            this.networkConfiguration = Option.of(networkConfiguration);
            return this;
        }

        public Builder networkConfiguration(Option<AwsVpcConfiguration> networkConfiguration) {
            this.networkConfiguration = networkConfiguration;
            return this;
        }

        public Builder loadBalancers(Iterable<? extends LoadBalancer> loadBalancers) {
            this.loadBalancers = List.ofAll(loadBalancers);
            return this;
        }

        public Builder loadBalancers(LoadBalancer... loadBalancers) {
            this.loadBalancers = List.of(loadBalancers);
            return this;
        }

        public Builder deploymentConfiguration(DeploymentConfiguration deploymentConfiguration) {
            this.deploymentConfiguration = deploymentConfiguration;
            return this;
        }

        public Builder deployments(Iterable<? extends Deployment> deployments) {
            this.deployments = List.ofAll(deployments);
            return this;
        }

        public Builder deployments(Deployment... deployments) {
            this.deployments = List.of(deployments);
            return this;
        }

        public Builder events(Iterable<? extends ServiceEvent> events) {
            this.events = List.ofAll(events);
            return this;
        }

        public Builder events(ServiceEvent... events) {
            this.events = List.of(events);
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder healthCheckGracePeriodSeconds(Integer healthCheckGracePeriodSeconds) {
            this.healthCheckGracePeriodSeconds = Option.of(healthCheckGracePeriodSeconds);
            return this;
        }

        public Builder healthCheckGracePeriodSeconds(Option<Integer> healthCheckGracePeriodSeconds) {
            this.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
            return this;
        }

        public Builder tags(Iterable<? extends Tag> tags) {
            this.tags = List.ofAll(tags);
            return this;
        }

        public Builder tags(Tag... tags) {
            this.tags = List.of(tags);
            return this;
        }

        public Service build() {
            return new Service(arn, status, taskDefinition, desiredCount, runningCount, pendingCount, launchType, platformVersion, networkConfiguration, loadBalancers, deploymentConfiguration, deployments, events, createdAt, healthCheckGracePeriodSeconds, tags);
        }
    }
}
