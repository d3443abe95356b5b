package io.ecskit.domain.task;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.TaskArn;
import io.ecskit.domain.taskdef.LaunchType;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** A task as DescribeTasks reports it. */
public record Task(
        TaskArn arn,
        String taskDefinitionArn,
        Option<String> group,
        Option<String> startedBy,
        TaskStatus lastStatus,
        TaskStatus desiredStatus,
        Option<LaunchType> launchType,
        List<ContainerState> containers,
        HealthStatus healthStatus,
        Instant createdAt,
        Option<Instant> startedAt,
        Option<Instant> stoppingAt,
        Option<Instant> stoppedAt,
        Option<StopCode> stopCode,
        Option<String> stoppedReason,
        Option<String> cpu,
        Option<String> memory,
        Option<String> containerInstanceArn,
        List<Tag> tags) {

    public Task {
        Objects.requireNonNull(arn, "arn");
        taskDefinitionArn = taskDefinitionArn == null ? "" : taskDefinitionArn;
        group = group == null ? Option.none() : group;
        startedBy = startedBy == null ? Option.none() : startedBy;
        Objects.requireNonNull(lastStatus, "lastStatus");
        Objects.requireNonNull(desiredStatus, "desiredStatus");
        launchType = launchType == null ? Option.none() : launchType;
        containers = containers == null ? List.empty() : containers;
        Objects.requireNonNull(healthStatus, "healthStatus");
        Objects.requireNonNull(createdAt, "createdAt");
        startedAt = startedAt == null ? Option.none() : startedAt;
        stoppingAt = stoppingAt == null ? Option.none() : stoppingAt;
        stoppedAt = stoppedAt == null ? Option.none() : stoppedAt;
        stopCode = stopCode == null ? Option.none() : stopCode;
        stoppedReason = stoppedReason == null ? Option.none() : stoppedReason;
        cpu = cpu == null ? Option.none() : cpu;
        memory = memory == null ? Option.none() : memory;
        containerInstanceArn = containerInstanceArn == null ? Option.none() : containerInstanceArn;
        tags = tags == null ? List.empty() : tags;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.arn = arn;
        b.taskDefinitionArn = taskDefinitionArn;
        b.group = group;
        b.startedBy = startedBy;
        b.lastStatus = lastStatus;
        b.desiredStatus = desiredStatus;
        b.launchType = launchType;
        b.containers = containers;
        b.healthStatus = healthStatus;
        b.createdAt = createdAt;
        b.startedAt = startedAt;
        b.stoppingAt = stoppingAt;
        b.stoppedAt = stoppedAt;
        b.stopCode = stopCode;
        b.stoppedReason = stoppedReason;
        b.cpu = cpu;
        b.memory = memory;
        b.containerInstanceArn = containerInstanceArn;
        b.tags = tags;
        return b;
    }

    public String id() {
        return arn.taskId();
    }

    public static final class Builder {
        private TaskArn arn;
        private String taskDefinitionArn;
        private Option<String> group = Option.none();
        private Option<String> startedBy = Option.none();
        private TaskStatus lastStatus;
        private TaskStatus desiredStatus;
        private Option<LaunchType> launchType = Option.none();
        private List<ContainerState> containers = List.empty();
        private HealthStatus healthStatus;
        private Instant createdAt;
        private Option<Instant> startedAt = Option.none();
        private Option<Instant> stoppingAt = Option.none();
        private Option<Instant> stoppedAt = Option.none();
        private Option<StopCode> stopCode = Option.none();
        private Option<String> stoppedReason = Option.none();
        private Option<String> cpu = Option.none();
        private Option<String> memory = Option.none();
        private Option<String> containerInstanceArn = Option.none();
        private List<Tag> tags = List.empty();

        private Builder() {
        }

        public Builder arn(TaskArn arn) {
            this.arn = arn;
            return this;
        }

        public Builder taskDefinitionArn(String taskDefinitionArn) {
            this.taskDefinitionArn = taskDefinitionArn;
            return this;
        }

        public Builder group(String group) {
            this.group = Option.of(group);
            return this;
        }

        public Builder group(Option<String> group) {
            this.group = group;
            return this;
        }

        public Builder startedBy(String startedBy) {
            this.startedBy = Option.of(startedBy);
            return this;
        }

        public Builder startedBy(Option<String> startedBy) {
            this.startedBy = startedBy;
            return this;
        }

        public Builder lastStatus(TaskStatus lastStatus) {
            this.lastStatus = lastStatus;
            return this;
        }

        public Builder desiredStatus(TaskStatus desiredStatus) {
            this.desiredStatus = desiredStatus;
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

        public Builder containers(Iterable<? extends ContainerState> containers) {
            this.containers = List.ofAll(containers);
            return this;
        }

        public Builder containers(ContainerState... containers) {
            this.containers = List.of(containers);
            return this;
        }

        public Builder healthStatus(HealthStatus healthStatus) {
            this.healthStatus = healthStatus;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder startedAt(Instant startedAt) {
            this.startedAt = Option.of(startedAt);
            return this;
        }

        public Builder startedAt(Option<Instant> startedAt) {
            this.startedAt = startedAt;
            return this;
        }

        public Builder stoppingAt(Instant stoppingAt) {
            this.stoppingAt = Option.of(stoppingAt);
            return this;
        }

        public Builder stoppingAt(Option<Instant> stoppingAt) {
            this.stoppingAt = stoppingAt;
            return this;
        }

        public Builder stoppedAt(Instant stoppedAt) {
            this.stoppedAt = Option.of(stoppedAt);
            return this;
        }

        public Builder stoppedAt(Option<Instant> stoppedAt) {
            this.stoppedAt = stoppedAt;
            return this;
        }

        public Builder stopCode(StopCode stopCode) {
            this.stopCode = Option.of(stopCode);
            return this;
        }

        public Builder stopCode(Option<StopCode> stopCode) {
            this.stopCode = stopCode;
            return this;
        }

        public Builder stoppedReason(String stoppedReason) {
            this.stoppedReason = Option.of(stoppedReason);
            return this;
        }

        public Builder stoppedReason(Option<String> stoppedReason) {
            this.stoppedReason = stoppedReason;
            return this;
        }

        public Builder cpu(String cpu) {
            this.cpu = Option.of(cpu);
            return this;
        }

        public Builder cpu(Option<String> cpu) {
            this.cpu = cpu;
            return this;
        }

        public Builder memory(String memory) {
            this.memory = Option.of(memory);
            return this;
        }

        public Builder memory(Option<String> memory) {
            this.memory = memory;
            return this;
        }

        public Builder containerInstanceArn(String containerInstanceArn) {
            this.containerInstanceArn = Option.of(containerInstanceArn);
            return this;
        }

        public Builder containerInstanceArn(Option<String> containerInstanceArn) {
            this.containerInstanceArn = containerInstanceArn;
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

        public Task build() {
            return new Task(arn, taskDefinitionArn, group, startedBy, lastStatus, desiredStatus, launchType, containers, healthStatus, createdAt, startedAt, stoppingAt, stoppedAt, stopCode, stoppedReason, cpu, memory, containerInstanceArn, tags);
        }
    }
}
