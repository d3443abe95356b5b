package io.ecskit.domain.taskdef;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/** Where a container's output goes: a log driver and its options. */
public record LogConfiguration(
        String logDriver,
        Map<String, String> options,
        List<Secret> secretOptions) {

    public LogConfiguration {
        logDriver = logDriver == null ? "" : logDriver;
        options = options == null ? LinkedHashMap.empty() : options;
        secretOptions = secretOptions == null ? List.empty() : secretOptions;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.logDriver = logDriver;
        b.options = options;
        b.secretOptions = secretOptions;
        return b;
    }

    public static final String AWSLOGS = "awslogs";

    /** The awslogs driver writing to {@code group} in {@code region}, streams prefixed by {@code streamPrefix}. */
    public static LogConfiguration awslogs(String group, String region, String streamPrefix) {
        return builder()
                .logDriver(AWSLOGS)
                .options(LinkedHashMap.of(
                        AwslogsOptions.GROUP, group,
                        AwslogsOptions.REGION, region,
                        AwslogsOptions.STREAM_PREFIX, streamPrefix))
                .build();
    }

    /** The typed awslogs options, when this is the awslogs driver. */
    public Option<AwslogsOptions> awslogs() {
        return AWSLOGS.equals(logDriver) ? Option.of(AwslogsOptions.from(options)) : Option.none();
    }

    public static final class Builder {
        private String logDriver;
        private Map<String, String> options = LinkedHashMap.empty();
        private List<Secret> secretOptions = List.empty();

        private Builder() {
        }

        public Builder logDriver(String logDriver) {
            this.logDriver = logDriver;
            return this;
        }

        public Builder options(Map<String, String> options) {
            this.options = options;
            return this;
        }

        public Builder options(java.util.Map<String, String> options) {
            this.options = LinkedHashMap.ofAll(options);
            return this;
        }

        public Builder secretOptions(Iterable<? extends Secret> secretOptions) {
            this.secretOptions = List.ofAll(secretOptions);
            return this;
        }

        public Builder secretOptions(Secret... secretOptions) {
            this.secretOptions = List.of(secretOptions);
            return this;
        }

        public LogConfiguration build() {
            return new LogConfiguration(logDriver, options, secretOptions);
        }
    }
}
