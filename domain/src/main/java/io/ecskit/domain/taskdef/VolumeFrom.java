package io.ecskit.domain.taskdef;

import io.vavr.control.Option;

/** Mount every volume of another container of the task. */
public record VolumeFrom(String sourceContainer, Option<Boolean> readOnly) {

    public VolumeFrom {
        readOnly = readOnly == null ? Option.none() : readOnly;
    }
}
