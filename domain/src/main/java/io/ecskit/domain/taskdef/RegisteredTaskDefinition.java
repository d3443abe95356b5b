package io.ecskit.domain.taskdef;

import io.ecskit.domain.arn.TaskDefinitionArn;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/** A task definition ECS has registered: a revision of a family. */
public record RegisteredTaskDefinition(
        TaskDefinitionArn arn,
        TaskDefinitionStatus status,
        TaskDefinition definition,
        List<LaunchType> compatibilities,
        Instant registeredAt,
        Option<Instant> deregisteredAt,
        Option<String> registeredBy) {

    public RegisteredTaskDefinition {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(definition, "definition");
        compatibilities = compatibilities == null ? List.empty() : compatibilities;
        Objects.requireNonNull(registeredAt, "registeredAt");
        deregisteredAt = deregisteredAt == null ? Option.none() : deregisteredAt;
        registeredBy = registeredBy == null ? Option.none() : registeredBy;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.arn = arn;
        b.status = status;
        b.definition = definition;
        b.compatibilities = compatibilities;
        b.registeredAt = registeredAt;
        b.deregisteredAt = deregisteredAt;
        b.registeredBy = registeredBy;
        return b;
    }

    public String family() {
        return arn.family();
    }

    public int revision() {
        return arn.revision();
    }

    public static final class Builder {
        private TaskDefinitionArn arn;
        private TaskDefinitionStatus status;
        private TaskDefinition definition;
        private List<LaunchType> compatibilities = List.empty();
        private Instant registeredAt;
        private Option<Instant> deregisteredAt = Option.none();
        private Option<String> registeredBy = Option.none();

        private Builder() {
        }

        public Builder arn(TaskDefinitionArn arn) {
            this.arn = arn;
            return this;
        }

        public Builder status(TaskDefinitionStatus status) {
            this.status = status;
            return this;
        }

        public Builder definition(TaskDefinition definition) {
            this.definition = definition;
            return this;
        }

        public Builder compatibilities(Iterable<? extends LaunchType> compatibilities) {
            this.compatibilities = List.ofAll(compatibilities);
            return this;
        }

        public Builder compatibilities(LaunchType... compatibilities) {
            this.compatibilities = List.of(compatibilities);
            return this;
        }

        public Builder registeredAt(Instant registeredAt) {
            this.registeredAt = registeredAt;
            return this;
        }

        public Builder deregisteredAt(Instant deregisteredAt) {
            this.deregisteredAt = Option.of(deregisteredAt);
            return this;
        }

        public Builder deregisteredAt(Option<Instant> deregisteredAt) {
            this.deregisteredAt = deregisteredAt;
            return this;
        }

        public Builder registeredBy(String registeredBy) {
            this.registeredBy = Option.of(registeredBy);
            return this;
        }

        public Builder registeredBy(Option<String> registeredBy) {
            this.registeredBy = registeredBy;
            return this;
        }

        public RegisteredTaskDefinition build() {
            return new RegisteredTaskDefinition(arn, status, definition, compatibilities, registeredAt, deregisteredAt, registeredBy);
        }
    }
}
