package io.ecskit.domain.service;

import io.ecskit.domain.taskdef.LaunchType;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** One deployment of a service: a task definition rolled out to a desired count. */
public record Deployment(
        String id,
        DeploymentStatus status,
        String taskDefinition,
        Integer desiredCount,
        Integer pendingCount,
        Integer runningCount,
        Integer failedTasks,
        Instant createdAt,
        Instant updatedAt,
        Option<LaunchType> launchType,
        Option<String> platformVersion,
        Option<AwsVpcConfiguration> networkConfiguration,
        Option<RolloutState> rolloutState,
        Option<String> rolloutStateReason) {

    public Deployment {
        id = id == null ? "" : id;
        Objects.requireNonNull(status, "status");
        taskDefinition = taskDefinition == null ? "" : taskDefinition;
        Objects.requireNonNull(desiredCount, "desiredCount");
        Objects.requireNonNull(pendingCount, "pendingCount");
        Objects.requireNonNull(runningCount, "runningCount");
        Objects.requireNonNull(failedTasks, "failedTasks");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        launchType = launchType == null ? Option.none() : launchType;
        platformVersion = platformVersion == null ? Option.none() : platformVersion;
        networkConfiguration = networkConfiguration == null ? Option.none() : networkConfiguration;
        rolloutState = rolloutState == null ? Option.none() : rolloutState;
        rolloutStateReason = rolloutStateReason == null ? Option.none() : rolloutStateReason;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.status = status;
        b.taskDefinition = taskDefinition;
        b.desiredCount = desiredCount;
        b.pendingCount = pendingCount;
        b.runningCount = runningCount;
        b.failedTasks = failedTasks;
        b.createdAt = createdAt;
        b.updatedAt = updatedAt;
        b.launchType = launchType;
        b.platformVersion = platformVersion;
        b.networkConfiguration = networkConfiguration;
        b.rolloutState = rolloutState;
        b.rolloutStateReason = rolloutStateReason;
        return b;
    }

    public static final class Builder {
        private String id;
        private DeploymentStatus status;
        private String taskDefinition;
        private Integer desiredCount;
        private Integer pendingCount;
        private Integer runningCount;
        private Integer failedTasks;
        private Instant createdAt;
        private Instant updatedAt;
        private Option<LaunchType> launchType = Option.none();
        private Option<String> platformVersion = Option.none();
        private Option<AwsVpcConfiguration> networkConfiguration = Option.none();
        private Option<RolloutState> rolloutState = Option.none();
        private Option<String> rolloutStateReason = Option.none();

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder status(DeploymentStatus status) {
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

        public Builder pendingCount(Integer pendingCount) {
            this.pendingCount = pendingCount;
            return this;
        }

        public Builder runningCount(Integer runningCount) {
            this.runningCount = runningCount;
            return this;
        }

        public Builder failedTasks(Integer failedTasks) {
            this.failedTasks = failedTasks;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
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

        public Builder rolloutState(RolloutState rolloutState) {
            this.rolloutState = Option.of(rolloutState);
            return this;
        }

        public Builder rolloutState(Option<RolloutState> rolloutState) {
            this.rolloutState = rolloutState;
            return this;
        }

        public Builder rolloutStateReason(String rolloutStateReason) {
            this.rolloutStateReason = Option.of(rolloutStateReason);
            return this;
        }

        public Builder rolloutStateReason(Option<String> rolloutStateReason) {
            this.rolloutStateReason = rolloutStateReason;
            return this;
        }

        public Deployment build() {
            return new Deployment(id, status, taskDefinition, desiredCount, pendingCount, runningCount, failedTasks, createdAt, updatedAt, launchType, platformVersion, networkConfiguration, rolloutState, rolloutStateReason);
        }
    }
}
