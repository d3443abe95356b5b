package io.ecskit.domain.service;

import org.immutables.value.Value;

/**
 * Who runs a service's deployments.
 *
 * @param type ECS, CODE_DEPLOY or EXTERNAL (required).
 */
@Value.Builder
public record DeploymentController(
        DeploymentControllerType type) {

    /** A builder with every optional component absent and every list empty. */
    public static DeploymentControllerBuilder builder() {
        return new DeploymentControllerBuilder();
    }

    /** A builder holding this record's values. */
    public DeploymentControllerBuilder toBuilder() {
        return new DeploymentControllerBuilder().from(this);
    }
}
