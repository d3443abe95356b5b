package io.ecskit.domain.service;

/** PRIMARY is the newest deployment; ACTIVE ones are older and still have tasks; INACTIVE ones are done. */
public enum DeploymentStatus {
    PRIMARY, ACTIVE, INACTIVE
}
