package io.ecskit.domain.taskdef;

import io.vavr.control.Option;

/** A volume mounted into a container. */
public record MountPoint(String sourceVolume, String containerPath, Option<Boolean> readOnly) {

    public MountPoint {
        readOnly = readOnly == null ? Option.none() : readOnly;
    }
}
