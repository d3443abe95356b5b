package io.ecskit.domain.instance;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The versions of a container instance's agent and Docker. Source: ECS API reference, VersionInfo.
 *
 * @param agentVersion The ECS container agent's version, e.g. 1.89.2.
 * @param agentHash The Git commit of the agent.
 * @param dockerVersion The Docker version, e.g. DockerVersion: 25.0.8.
 */
@Value.Builder
public record VersionInfo(
        Option<String> agentVersion,
        Option<String> agentHash,
        Option<String> dockerVersion) {
}
