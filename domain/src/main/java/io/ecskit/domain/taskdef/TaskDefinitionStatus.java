package io.ecskit.domain.taskdef;

/** ACTIVE after registration, INACTIVE after deregistration, DELETE_IN_PROGRESS after DeleteTaskDefinitions. */
public enum TaskDefinitionStatus {
    ACTIVE, INACTIVE, DELETE_IN_PROGRESS
}
