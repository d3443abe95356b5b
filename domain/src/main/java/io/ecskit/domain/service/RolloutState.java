package io.ecskit.domain.service;

/** How a deployment's rollout ended, or that it has not yet. */
public enum RolloutState {
    IN_PROGRESS, COMPLETED, FAILED
}
