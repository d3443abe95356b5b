package io.ecskit.domain.cluster;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterArn;
import io.ecskit.domain.arn.ClusterName;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/** An ECS cluster as DescribeClusters reports it. Clusters are per region. */
public record Cluster(
        ClusterArn arn,
        ClusterStatus status,
        Integer activeServicesCount,
        Integer runningTasksCount,
        Integer pendingTasksCount,
        Integer registeredContainerInstancesCount,
        List<String> capacityProviders,
        List<Tag> tags,
        Option<Boolean> containerInsights) {

    public Cluster {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(activeServicesCount, "activeServicesCount");
        Objects.requireNonNull(runningTasksCount, "runningTasksCount");
        Objects.requireNonNull(pendingTasksCount, "pendingTasksCount");
        Objects.requireNonNull(registeredContainerInstancesCount, "registeredContainerInstancesCount");
        capacityProviders = capacityProviders == null ? List.empty() : capacityProviders;
        tags = tags == null ? List.empty() : tags;
        containerInsights = containerInsights == null ? Option.none() : containerInsights;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.arn = arn;
        b.status = status;
        b.activeServicesCount = activeServicesCount;
        b.runningTasksCount = runningTasksCount;
        b.pendingTasksCount = pendingTasksCount;
        b.registeredContainerInstancesCount = registeredContainerInstancesCount;
        b.capacityProviders = capacityProviders;
        b.tags = tags;
        b.containerInsights = containerInsights;
        return b;
    }

    public ClusterName name() {
        return arn.name();
    }

    public static final class Builder {
        private ClusterArn arn;
        private ClusterStatus status;
        private Integer activeServicesCount;
        private Integer runningTasksCount;
        private Integer pendingTasksCount;
        private Integer registeredContainerInstancesCount;
        private List<String> capacityProviders = List.empty();
        private List<Tag> tags = List.empty();
        private Option<Boolean> containerInsights = Option.none();

        private Builder() {
        }

        public Builder arn(ClusterArn arn) {
            this.arn = arn;
            return this;
        }

        public Builder status(ClusterStatus status) {
            this.status = status;
            return this;
        }

        public Builder activeServicesCount(Integer activeServicesCount) {
            this.activeServicesCount = activeServicesCount;
            return this;
        }

        public Builder runningTasksCount(Integer runningTasksCount) {
            this.runningTasksCount = runningTasksCount;
            return this;
        }

        public Builder pendingTasksCount(Integer pendingTasksCount) {
            this.pendingTasksCount = pendingTasksCount;
            return this;
        }

        public Builder registeredContainerInstancesCount(Integer registeredContainerInstancesCount) {
            this.registeredContainerInstancesCount = registeredContainerInstancesCount;
            return this;
        }

        public Builder capacityProviders(Iterable<? extends String> capacityProviders) {
            this.capacityProviders = List.ofAll(capacityProviders);
            return this;
        }

        public Builder capacityProviders(String... capacityProviders) {
            this.capacityProviders = List.of(capacityProviders);
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

        public Builder containerInsights(Boolean containerInsights) {
            this.containerInsights = Option.of(containerInsights);
            return this;
        }

        public Builder containerInsights(Option<Boolean> containerInsights) {
            this.containerInsights = containerInsights;
            return this;
        }

        public Cluster build() {
            return new Cluster(arn, status, activeServicesCount, runningTasksCount, pendingTasksCount, registeredContainerInstancesCount, capacityProviders, tags, containerInsights);
        }
    }
}
