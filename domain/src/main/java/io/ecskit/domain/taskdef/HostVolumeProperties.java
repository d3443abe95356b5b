package io.ecskit.domain.taskdef;

import io.vavr.control.Option;

/** A bind mount's host path; absent means the task's own storage. */
public record HostVolumeProperties(Option<String> sourcePath) {

    public HostVolumeProperties {
        sourcePath = sourcePath == null ? Option.none() : sourcePath;
    }
}
