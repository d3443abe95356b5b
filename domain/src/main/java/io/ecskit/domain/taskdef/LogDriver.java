package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Log drivers of a container. */
public enum LogDriver implements WireValue {
    JSON_FILE("json-file"),
    SYSLOG("syslog"),
    JOURNALD("journald"),
    GELF("gelf"),
    FLUENTD("fluentd"),
    AWSLOGS("awslogs"),
    SPLUNK("splunk"),
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
