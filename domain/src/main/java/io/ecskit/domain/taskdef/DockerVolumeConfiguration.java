package io.ecskit.domain.taskdef;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/** A Docker-managed volume (EC2 only). */
public record DockerVolumeConfiguration(
        Option<String> scope,
        Option<Boolean> autoprovision,
        Option<String> driver,
        Map<String, String> driverOpts,
        Map<String, String> labels) {

    public DockerVolumeConfiguration {
        scope = scope == null ? Option.none() : scope;
        autoprovision = autoprovision == null ? Option.none() : autoprovision;
        driver = driver == null ? Option.none() : driver;
        driverOpts = driverOpts == null ? LinkedHashMap.empty() : driverOpts;
        labels = labels == null ? LinkedHashMap.empty() : labels;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.scope = scope;
        b.autoprovision = autoprovision;
        b.driver = driver;
        b.driverOpts = driverOpts;
        b.labels = labels;
        return b;
    }

    public static final class Builder {
        private Option<String> scope = Option.none();
        private Option<Boolean> autoprovision = Option.none();
        private Option<String> driver = Option.none();
        private Map<String, String> driverOpts = LinkedHashMap.empty();
        private Map<String, String> labels = LinkedHashMap.empty();

        private Builder() {
        }

        public Builder scope(String scope) {
            this.scope = Option.of(scope);
            return this;
        }

        public Builder scope(Option<String> scope) {
            this.scope = scope;
            return this;
        }

        public Builder autoprovision(Boolean autoprovision) {
            this.autoprovision = Option.of(autoprovision);
            return this;
        }

        public Builder autoprovision(Option<Boolean> autoprovision) {
            this.autoprovision = autoprovision;
            return this;
        }

        public Builder driver(String driver) {
            this.driver = Option.of(driver);
            return this;
        }

        public Builder driver(Option<String> driver) {
            this.driver = driver;
            return this;
        }

        public Builder driverOpts(Map<String, String> driverOpts) {
            this.driverOpts = driverOpts;
            return this;
        }

        public Builder driverOpts(java.util.Map<String, String> driverOpts) {
            this.driverOpts = LinkedHashMap.ofAll(driverOpts);
            return this;
        }

        public Builder labels(Map<String, String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder labels(java.util.Map<String, String> labels) {
            this.labels = LinkedHashMap.ofAll(labels);
            return this;
        }

        public DockerVolumeConfiguration build() {
            return new DockerVolumeConfiguration(scope, autoprovision, driver, driverOpts, labels);
        }
    }
}
