package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** The registry a pull through cache rule caches from. Source: ECR API reference (UpstreamRegistry). */
public enum UpstreamRegistry implements WireValue {
    /** {@code ecr}. */
    ECR("ecr"),
    /** {@code ecr-public}. */
    ECR_PUBLIC("ecr-public"),
    /** {@code ecr-public-premium}. */
    ECR_PUBLIC_PREMIUM("ecr-public-premium"),
    /** {@code quay}. */
    QUAY("quay"),
    /** {@code k8s}. */
    K8S("k8s"),
    /** {@code docker-hub}. */
    DOCKER_HUB("docker-hub"),
    /** {@code github-container-registry}. */
    GITHUB_CONTAINER_REGISTRY("github-container-registry"),
    /** {@code azure-container-registry}. */
    AZURE_CONTAINER_REGISTRY("azure-container-registry"),
    /** {@code gitlab-container-registry}. */
    GITLAB_CONTAINER_REGISTRY("gitlab-container-registry"),
    /** {@code chainguard}. */
    CHAINGUARD("chainguard");

    private final String wire;

    UpstreamRegistry(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
