package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Kinds of environment file. */
public enum EnvironmentFileType implements WireValue {
    /** {@code s3}: an object in Amazon S3 of {@code VARIABLE=VALUE} lines, by its ARN; the only type ECS supports. */
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
