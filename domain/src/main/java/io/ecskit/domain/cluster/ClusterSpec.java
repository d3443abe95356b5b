package io.ecskit.domain.cluster;

import io.ecskit.domain.Tag;
import io.ecskit.domain.arn.ClusterName;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Objects;

/** What CreateCluster takes. */
public record ClusterSpec(
        ClusterName name,
        List<String> capacityProviders,
        List<Tag> tags,
        Option<Boolean> containerInsights) {

    public ClusterSpec {
        Objects.requireNonNull(name, "name");
        capacityProviders = capacityProviders == null ? List.empty() : capacityProviders;
        tags = tags == null ? List.empty() : tags;
        containerInsights = containerInsights == null ? Option.none() : containerInsights;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.capacityProviders = capacityProviders;
        b.tags = tags;
        b.containerInsights = containerInsights;
        return b;
    }

    public static ClusterSpec named(ClusterName name) {
        return builder().name(name).build();
    }

    public static final class Builder {
        private ClusterName name;
        private List<String> capacityProviders = List.empty();
        private List<Tag> tags = List.empty();
        private Option<Boolean> containerInsights = Option.none();

        private Builder() {
        }

        public Builder name(ClusterName name) {
            this.name = name;
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

        public ClusterSpec build() {
            return new ClusterSpec(name, capacityProviders, tags, containerInsights);
        }
    }
}
