package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;

/** A container health check; absent timings take ECS defaults. */
public record HealthCheck(
        List<String> command,
        Option<Integer> interval,
        Option<Integer> timeout,
        Option<Integer> retries,
        Option<Integer> startPeriod) {

    public HealthCheck {
        command = command == null ? List.empty() : command;
        interval = interval == null ? Option.none() : interval;
        timeout = timeout == null ? Option.none() : timeout;
        retries = retries == null ? Option.none() : retries;
        startPeriod = startPeriod == null ? Option.none() : startPeriod;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.command = command;
        b.interval = interval;
        b.timeout = timeout;
        b.retries = retries;
        b.startPeriod = startPeriod;
        return b;
    }

    public static final int DEFAULT_INTERVAL = 30;
    public static final int DEFAULT_TIMEOUT = 5;
    public static final int DEFAULT_RETRIES = 3;

    public static final class Builder {
        private List<String> command = List.empty();
        private Option<Integer> interval = Option.none();
        private Option<Integer> timeout = Option.none();
        private Option<Integer> retries = Option.none();
        private Option<Integer> startPeriod = Option.none();

        private Builder() {
        }

        public Builder command(Iterable<? extends String> command) {
            this.command = List.ofAll(command);
            return this;
        }

        public Builder command(String... command) {
            this.command = List.of(command);
            return this;
        }

        public Builder interval(Integer interval) {
            this.interval = Option.of(interval);
            return this;
        }

        public Builder interval(Option<Integer> interval) {
            this.interval = interval;
            return this;
        }

        public Builder timeout(Integer timeout) {
            this.timeout = Option.of(timeout);
            return this;
        }

        public Builder timeout(Option<Integer> timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder retries(Integer retries) {
            this.retries = Option.of(retries);
            return this;
        }

        public Builder retries(Option<Integer> retries) {
            this.retries = retries;
            return this;
        }

        public Builder startPeriod(Integer startPeriod) {
            this.startPeriod = Option.of(startPeriod);
            return this;
        }

        public Builder startPeriod(Option<Integer> startPeriod) {
            this.startPeriod = startPeriod;
            return this;
        }

        public HealthCheck build() {
            return new HealthCheck(command, interval, timeout, retries, startPeriod);
        }
    }
}
