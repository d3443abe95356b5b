package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Kinds of environment file. */
public enum EnvironmentFileType implements WireValue {
    S3("s3");

    private final String wire;

    EnvironmentFileType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
