package io.ecskit.domain.service;

/** PRIMARY is the newest deployment; ACTIVE ones are older and still have tasks; INACTIVE ones are done. */
public enum DeploymentStatus {
    /** The newest deployment: the one the service is moving to. */
    PRIMARY,
    /** An older deployment that still has running tasks, being replaced by the PRIMARY one. */
    ACTIVE,
    /** A deployment whose tasks were all replaced. */
    INACTIVE
}
