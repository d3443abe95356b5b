package io.ecskit.domain.daemon;

import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.taskdef.ContainerDependency;
import io.ecskit.domain.taskdef.ContainerRestartPolicy;
import io.ecskit.domain.taskdef.EnvironmentFile;
import io.ecskit.domain.taskdef.FirelensConfiguration;
import io.ecskit.domain.taskdef.HealthCheck;
import io.ecskit.domain.taskdef.LogConfiguration;
import io.ecskit.domain.taskdef.MountPoint;
import io.ecskit.domain.taskdef.RepositoryCredentials;
import io.ecskit.domain.taskdef.Secret;
import io.ecskit.domain.taskdef.SystemControl;
import io.ecskit.domain.taskdef.Ulimit;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A container definition for a daemon task. Source: ECS API reference (DaemonContainerDefinition).
 *
 * @param name The name of the container.
 * @param image The image used to start the container. (required)
 * @param memory The amount (in MiB) of memory to present to the container.
 * @param memoryReservation The soft limit (in MiB) of memory to reserve for the container.
 * @param repositoryCredentials The private repository authentication credentials to use.
 * @param healthCheck The container health check command and associated configuration parameters for the container.
 * @param cpu The number of cpu units reserved for the container.
 * @param essential If the essential parameter of a container is marked as true , and that container fails or stops for any reason, all other containers that are part of the task are stopped.
 * @param entryPoint The entry point that's passed to the container.
 * @param command The command that's passed to the container.
 * @param workingDirectory The working directory to run commands inside the container in.
 * @param environmentFiles A list of files containing the environment variables to pass to a container.
 * @param environment The environment variables to pass to a container.
 * @param secrets The secrets to pass to the container.
 * @param readonlyRootFilesystem When this parameter is true, the container is given read-only access to its root file system.
 * @param mountPoints The mount points for data volumes in your container.
 * @param logConfiguration The log configuration specification for the container.
 * @param firelensConfiguration The FireLens configuration for the container.
 * @param privileged When this parameter is true, the container is given elevated privileges on the host container instance (similar to the root user).
 * @param user The user to use inside the container.
 * @param ulimits A list of ulimits to set in the container.
 * @param linuxParameters Linux-specific modifications that are applied to the container configuration, such as Linux kernel capabilities.
 * @param dependsOn The dependencies defined for container startup and shutdown.
 * @param startTimeout Time duration (in seconds) to wait before giving up on resolving dependencies for a container.
 * @param stopTimeout Time duration (in seconds) to wait before the container is forcefully killed if it doesn't exit normally on its own.
 * @param systemControls A list of namespaced kernel parameters to set in the container.
 * @param interactive When this parameter is true , you can deploy containerized applications that require stdin or a tty to be allocated.
 * @param pseudoTerminal When this parameter is true , a TTY is allocated.
 * @param restartPolicy The restart policy for the container.
 */
@Value.Builder
public record DaemonContainerDefinition(
        Option<String> name,
        String image,
        Option<Integer> memory,
        Option<Integer> memoryReservation,
        Option<RepositoryCredentials> repositoryCredentials,
        Option<HealthCheck> healthCheck,
        Option<Integer> cpu,
        Option<Boolean> essential,
        List<String> entryPoint,
        List<String> command,
        Option<String> workingDirectory,
        List<EnvironmentFile> environmentFiles,
        List<KeyValuePair> environment,
        List<Secret> secrets,
        Option<Boolean> readonlyRootFilesystem,
        List<MountPoint> mountPoints,
        Option<LogConfiguration> logConfiguration,
        Option<FirelensConfiguration> firelensConfiguration,
        Option<Boolean> privileged,
        Option<String> user,
        List<Ulimit> ulimits,
        Option<DaemonLinuxParameters> linuxParameters,
        List<ContainerDependency> dependsOn,
        Option<Integer> startTimeout,
        Option<Integer> stopTimeout,
        List<SystemControl> systemControls,
        Option<Boolean> interactive,
        Option<Boolean> pseudoTerminal,
        Option<ContainerRestartPolicy> restartPolicy) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonContainerDefinitionBuilder builder() {
        return new DaemonContainerDefinitionBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonContainerDefinitionBuilder toBuilder() {
        return new DaemonContainerDefinitionBuilder().from(this);
    }
}
