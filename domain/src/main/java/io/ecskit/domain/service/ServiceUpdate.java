package io.ecskit.domain.service;

import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/** What UpdateService takes: only the fields that are set change. */
public record ServiceUpdate(
        ClusterName cluster,
        ServiceName name,
        Option<TaskDefinitionRef> taskDefinition,
        Option<Integer> desiredCount,
        Option<AwsVpcConfiguration> networkConfiguration,
        Option<List<LoadBalancer>> loadBalancers,
        Option<DeploymentConfiguration> deploymentConfiguration,
        Option<String> platformVersion,
        Option<Integer> healthCheckGracePeriodSeconds,
        Option<Boolean> forceNewDeployment) {

    public ServiceUpdate {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(name, "name");
        taskDefinition = taskDefinition == null ? Option.none() : taskDefinition;
        desiredCount = desiredCount == null ? Option.none() : desiredCount;
        networkConfiguration = networkConfiguration == null ? Option.none() : networkConfiguration;
        loadBalancers = loadBalancers == null ? Option.none() : loadBalancers;
        deploymentConfiguration = deploymentConfiguration == null ? Option.none() : deploymentConfiguration;
        platformVersion = platformVersion == null ? Option.none() : platformVersion;
        healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds == null ? Option.none() : healthCheckGracePeriodSeconds;
        forceNewDeployment = forceNewDeployment == null ? Option.none() : forceNewDeployment;
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
        b.networkConfiguration = networkConfiguration;
        b.loadBalancers = loadBalancers;
        b.deploymentConfiguration = deploymentConfiguration;
        b.platformVersion = platformVersion;
        b.healthCheckGracePeriodSeconds = healthCheckGracePeriodSeconds;
        b.forceNewDeployment = forceNewDeployment;
        return b;
    }

    public static final class Builder {
        private ClusterName cluster;
        private ServiceName name;
        private Option<TaskDefinitionRef> taskDefinition = Option.none();
        private Option<Integer> desiredCount = Option.none();
        private Option<AwsVpcConfiguration> networkConfiguration = Option.none();
        private Option<List<LoadBalancer>> loadBalancers = Option.none();
        private Option<DeploymentConfiguration> deploymentConfiguration = Option.none();
        private Option<String> platformVersion = Option.none();
        private Option<Integer> healthCheckGracePeriodSeconds = Option.none();
        private Option<Boolean> forceNewDeployment = Option.none();

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
            this.taskDefinition = Option.of(taskDefinition);
            return this;
        }

        public Builder taskDefinition(Option<TaskDefinitionRef> taskDefinition) {
            this.taskDefinition = taskDefinition;
            return this;
        }

        public Builder desiredCount(Integer desiredCount) {
            this.desiredCount = Option.of(desiredCount);
            return this;
        }

        public Builder desiredCount(Option<Integer> desiredCount) {
            this.desiredCount = desiredCount;
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

        public Builder loadBalancers(List<LoadBalancer> loadBalancers) {
            this.loadBalancers = Option.of(loadBalancers);
            return this;
        }

        public Builder loadBalancers(Option<List<LoadBalancer>> loadBalancers) {
            this.loadBalancers = loadBalancers;
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

        public Builder platformVersion(String platformVersion) {
            this.platformVersion = Option.of(platformVersion);
            return this;
        }

        public Builder platformVersion(Option<String> platformVersion) {
            this.platformVersion = platformVersion;
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

        public Builder forceNewDeployment(Boolean forceNewDeployment) {
            this.forceNewDeployment = Option.of(forceNewDeployment);
            return this;
        }

        public Builder forceNewDeployment(Option<Boolean> forceNewDeployment) {
            this.forceNewDeployment = forceNewDeployment;
            return this;
        }

        public ServiceUpdate build() {
            return new ServiceUpdate(cluster, name, taskDefinition, desiredCount, networkConfiguration, loadBalancers, deploymentConfiguration, platformVersion, healthCheckGracePeriodSeconds, forceNewDeployment);
        }
    }
}
