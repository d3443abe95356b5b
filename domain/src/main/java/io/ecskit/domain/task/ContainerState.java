package io.ecskit.domain.task;

import io.vavr.control.Option;

/** A container of a running or stopped task: its state, exit code and reason (e.g. CannotPullContainerError). */
public record ContainerState(
        String name, String image, TaskStatus lastStatus, Option<Integer> exitCode, Option<String> reason,
        HealthStatus healthStatus, Option<String> imageDigest) {

    public ContainerState {
        exitCode = exitCode == null ? Option.none() : exitCode;
        reason = reason == null ? Option.none() : reason;
        imageDigest = imageDigest == null ? Option.none() : imageDigest;
    }
}
