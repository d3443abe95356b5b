package io.ecskit.port.in;

import io.ecskit.domain.service.DeploymentId;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.ServiceEvent;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

import java.time.Duration;

/** One look at a deployment while waiting: its rollout state, counts, and service events new since the last look. */
public record DeploymentProgress(
        Option<DeploymentId> deploymentId, Option<DeploymentRolloutState> rolloutState, int desired, int pending, int running, int failed,
        Seq<ServiceEvent> newEvents, Duration elapsed) {

    /** Receives progress while a use case waits; must return quickly. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = progress -> { };

        void onProgress(DeploymentProgress progress);
    }
}
