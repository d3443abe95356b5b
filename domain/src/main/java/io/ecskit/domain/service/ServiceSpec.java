package io.ecskit.domain.service;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.domain.taskdef.LaunchType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/** What CreateService takes. */
public record ServiceSpec(
        ClusterName cluster,
        ServiceName name,
        TaskDefinitionRef taskDefinition,
        Integer desiredCount,
        Option<LaunchType> launchType,
        Option<String> platformVersion,
        Option<AwsVpcConfiguration> networkConfiguration,
        List<LoadBalancer> loadBalancers,
        Option<DeploymentConfiguration> deploymentConfiguration,
        Option<Integer> healthCheckGracePeriodSeconds,
        Option<Boolean> enableExecuteCommand,
        List<Tag> tags,
        Option<String> clientToken) {

    public ServiceSpec {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(taskDefinition, "taskDefinition");
        Objects.requireNonNull(desiredCount, "desiredCount");
        launchType = launchType == null ? Option.none() : launchType;
        platformVersion = platformVersion == null ? Option.none() : platformVersion;
        networkConfiguration = networkConfiguration == null ? Option.none() : networkConfiguration;
        loadBalancers = loadBalancers == null ? List.empty() : loadBalancers;
        deploymentConfiguration = deploymentConfiguration == null ? Option.none() : deploymentConfiguration;
        healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds == null ? Option.none() : healthCheckGracePeriodSeconds;
        enableExecuteCommand = enableExecuteCommand == null ? Option.none() : enableExecuteCommand;
        tags = tags == null ? List.empty() : tags;
        clientToken = clientToken == null ? Option.none() : clientToken;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.cluster = cluster;
        b.name = name;
        b.taskDefinition = taskDefinition;
        b.desiredCount = desiredCount;
        b.launchType = launchType;
        b.platformVersion = platformVersion;
        b.networkConfiguration = networkConfiguration;
        b.loadBalancers = loadBalancers;
        b.deploymentConfiguration = deploymentConfiguration;
        b.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
        b.enableExecuteCommand = enableExecuteCommand;
        b.tags = tags;
        b.clientToken = clientToken;
        return b;
    }

    public static final class Builder {
        private ClusterName cluster;
        private ServiceName name;
        private TaskDefinitionRef taskDefinition;
        private Integer desiredCount;
        private Option<LaunchType> launchType = Option.none();
        private Option<String> platformVersion = Option.none();
        private Option<AwsVpcConfiguration> networkConfiguration = Option.none();
        private List<LoadBalancer> loadBalancers = List.empty();
        private Option<DeploymentConfiguration> deploymentConfiguration = Option.none();
        private Option<Integer> healthCheckGracePeriodSeconds = Option.none();
        private Option<Boolean> enableExecuteCommand = Option.none();
        private List<Tag> tags = List.empty();
        private Option<String> clientToken = Option.none();

        private Builder() {
        }

        public Builder cluster(ClusterName cluster) {
            this.cluster = cluster;
            return this;
        }

        public Builder name(ServiceName name) {
            this.name = name;
            return this;
        }

        public Builder taskDefinition(TaskDefinitionRef taskDefinition) {
            this.taskDefinition = taskDefinition;
            return this;
        }

        public Builder desiredCount(Integer desiredCount) {
            this.desiredCount = desiredCount;
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
            this.deploymentConfiguration = Option.of(deploymentConfiguration);
            return this;
        }

        public Builder deploymentConfiguration(Option<DeploymentConfiguration> deploymentConfiguration) {
            this.deploymentConfiguration = deploymentConfiguration;
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

        public Builder enableExecuteCommand(Boolean enableExecuteCommand) {
            this.enableExecuteCommand = Option.of(enableExecuteCommand);
            return this;
        }

        public Builder enableExecuteCommand(Option<Boolean> enableExecuteCommand) {
            this.enableExecuteCommand = enableExecuteCommand;
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

        public Builder clientToken(String clientToken) {
            this.clientToken = Option.of(clientToken);
            return this;
        }

        public Builder clientToken(Option<String> clientToken) {
            this.clientToken = clientToken;
            return this;
        }

        public ServiceSpec build() {
            return new ServiceSpec(cluster, name, taskDefinition, desiredCount, launchType, platformVersion, networkConfiguration, loadBalancers, deploymentConfiguration, healthCheckGracePeriodSeconds, enableExecuteCommand, tags, clientToken);
        }
    }
}
