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
        Seq<ServiceEvent> newEvents, Duration elapsed,
        io.vavr.control.Option<io.ecskit.domain.service.ServiceDeploymentLifecycleStage> stage,
        io.vavr.control.Option<Double> productionTrafficWeight) {

    /** A look without a service deployment to read (a backend that keeps none). */
    public DeploymentProgress(Option<DeploymentId> deploymentId, Option<DeploymentRolloutState> rolloutState, int desired, int pending,
                              int running, int failed, Seq<ServiceEvent> newEvents, Duration elapsed) {
        this(deploymentId, rolloutState, desired, pending, running, failed, newEvents, elapsed, Option.none(), Option.none());
    }

    /**
     * One line for a log: {@code ecs-svc/123 IN_PROGRESS running 1/2 (pending 1, failed 0) after 45 s, stage
     * BAKE_TIME, production traffic 10%}; the new events are not in it.
     */
    @Override
    public String toString() {
        return deploymentId.map(Object::toString).getOrElse("-") + " " + rolloutState.map(Enum::name).getOrElse("-")
                + " running " + running + "/" + desired + " (pending " + pending + ", failed " + failed + ") after "
                + elapsed.toSeconds() + " s" + stage.map(s -> ", stage " + s).getOrElse("")
                + productionTrafficWeight.map(w -> ", production traffic " + Math.round(w) + "%").getOrElse("");
    }

    /** Receives progress while a use case waits; must return quickly. */
    @FunctionalInterface
    public interface Listener {
        /** Hears nothing. */
        Listener NONE = progress -> { };

        /** Called after each poll with what it saw. */
        void onProgress(DeploymentProgress progress);
    }
}
