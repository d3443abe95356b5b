package io.ecskit.domain.cluster;

/** Lifecycle of a cluster; DeleteCluster leaves it INACTIVE (still describable). */
public enum ClusterStatus {
    ACTIVE, PROVISIONING, DEPROVISIONING, FAILED, INACTIVE
}
