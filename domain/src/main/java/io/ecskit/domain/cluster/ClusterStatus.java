package io.ecskit.domain.cluster;

/** Lifecycle of a cluster; DeleteCluster leaves it INACTIVE (still describable). */
public enum ClusterStatus {
    /** The cluster is ready to take tasks and services. */
    ACTIVE,
    /** ECS is creating resources of the cluster's capacity providers. */
    PROVISIONING,
    /** ECS is deleting resources of the cluster's capacity providers. */
    DEPROVISIONING,
    /** Creating the capacity providers' resources failed. */
    FAILED,
    /** The cluster was deleted; ECS may still describe it for a while, but it takes no tasks or services. */
    INACTIVE
}
