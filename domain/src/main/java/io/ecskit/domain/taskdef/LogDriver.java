package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/**
 * A container's {@code logConfiguration.logDriver}: where its stdout and stderr go (ECS API reference,
 * LogConfiguration). Fargate supports awslogs, splunk and awsfirelens (Windows: awslogs, splunk); EC2 supports all.
 */
public enum LogDriver implements WireValue {
    /**
     * {@code json-file}: Docker's default driver, JSON lines in files on the container instance (EC2 and external
     * instances only).
     */
    JSON_FILE("json-file"),
    /** {@code syslog}: to a syslog server (not on Fargate). */
    SYSLOG("syslog"),
    /** {@code journald}: to the instance's systemd journal (not on Fargate). */
    JOURNALD("journald"),
    /** {@code gelf}: Graylog Extended Log Format to Graylog or Logstash (not on Fargate). */
    GELF("gelf"),
    /** {@code fluentd}: to a Fluentd daemon (not on Fargate, where awsfirelens runs Fluentd). */
    FLUENTD("fluentd"),
    /** {@code awslogs}: to CloudWatch Logs, configured by the {@link AwslogsOptions} options; every launch type. */
    AWSLOGS("awslogs"),
    /**
     * {@code splunk}: to a Splunk HTTP Event Collector; needs {@code splunk-url} and a {@code splunk-token} option or
     * secret option.
     */
    SPLUNK("splunk"),
    /**
     * {@code awsfirelens}: to a FireLens log router container (Fluent Bit or Fluentd) of the same task; Fargate on
     * Linux and EC2.
     */
    AWSFIRELENS("awsfirelens");

    private final String wire;

    LogDriver(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
