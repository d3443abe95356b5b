package io.ecskit.domain.taskdef;

import io.ecskit.domain.KeyValuePair;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * One container of a task definition.
 *
 * @param name Container name, 1..255 letters, digits, hyphens and underscores, unique in the task (links and dependsOn refer to it).
 * @param image Image to start: repository URI with an optional :tag or @sha256:digest, at most 255 characters.
 * @param repositoryCredentials Secrets Manager secret holding credentials for a private registry (not ECR).
 * @param cpu CPU units reserved for the container (1024 = 1 vCPU); 0 (ECS's default, stored when absent) shares what the task has.
 * @param memory Hard memory limit in MiB: the container is killed above it; at least 6 MiB.
 * @param memoryReservation Soft memory limit in MiB reserved for the container; must not exceed memory.
 * @param links Other containers this one reaches by name (bridge network mode only), as name or name:alias.
 * @param portMappings Ports the container exposes; under awsvpc and host the host port equals the container port.
 * @param essential Whether the task stops when this container stops; true when absent.
 * @param restartPolicy Whether ECS restarts the container in place when it exits, and on which exit codes not.
 * @param entryPoint Docker ENTRYPOINT override, as a list of arguments; the image's own by default.
 * @param command Docker CMD override, as a list of arguments; the image's own by default.
 * @param environment Plain environment variables (name/value); use secrets for sensitive values.
 * @param environmentFiles S3 objects holding environment variables (.env files), at most 10; read with the execution role.
 * @param mountPoints Volumes of the task mounted into this container.
 * @param volumesFrom Containers of the same task whose volumes this container mounts.
 * @param linuxParameters Linux-specific settings: capabilities, devices, init process, shared memory, tmpfs, swap.
 * @param secrets Environment variables taken from Secrets Manager or SSM Parameter Store; needs executionRoleArn.
 * @param dependsOn Containers that must reach a condition (START, COMPLETE, SUCCESS, HEALTHY) before this one starts.
 * @param startTimeout Seconds to wait for this container's dependencies before giving up (Fargate 2..120).
 * @param stopTimeout Seconds between SIGTERM and SIGKILL when the container stops: 2..120 on Fargate (30 by default).
 * @param versionConsistency Whether ECS resolves the image tag to one digest for every task of a deployment (enabled, the default) or not.
 * @param hostname Container hostname; not allowed under awsvpc.
 * @param user User (and group) to run as: user, user:group, uid, uid:gid; root by default.
 * @param workingDirectory Working directory of the command; the image's own by default.
 * @param disableNetworking Whether networking is off in the container; EC2 only.
 * @param privileged Whether the container gets root on the host (Docker --privileged); EC2 only.
 * @param readonlyRootFilesystem Whether the root filesystem is read-only; false by default.
 * @param dnsServers DNS servers for the container; EC2 only.
 * @param dnsSearchDomains DNS search domains for the container; EC2 only.
 * @param extraHosts Extra /etc/hosts entries; not under awsvpc.
 * @param dockerSecurityOptions Docker security options (SELinux / AppArmor labels, credentialspec); EC2 only.
 * @param interactive Whether stdin stays open (docker run -i).
 * @param pseudoTerminal Whether a TTY is allocated (docker run -t).
 * @param dockerLabels Docker labels to set on the container.
 * @param ulimits Resource limits (nofile, nproc, ...); on Fargate nofile defaults to 65535 soft and hard.
 * @param logConfiguration Where the container's output goes: a log driver and its options; Fargate allows awslogs, splunk, awsfirelens.
 * @param healthCheck Docker health check; ECS stores interval 30, timeout 5, retries 3 when absent (startPeriod stays absent), see {@link TaskDefinitionDefaults}.
 * @param systemControls Kernel parameters (sysctls) for the container.
 * @param resourceRequirements GPUs or inference accelerators the container needs.
 * @param firelensConfiguration FireLens log router settings of this container (fluentd or fluentbit).
 * @param credentialSpecs Active Directory credential spec ARNs for gMSA (Windows and Linux).
 */
@Value.Builder
public record ContainerDefinition(
        Option<String> name,
        Option<String> image,
        Option<RepositoryCredentials> repositoryCredentials,
        Option<Integer> cpu,
        Option<Integer> memory,
        Option<Integer> memoryReservation,
        List<String> links,
        List<PortMapping> portMappings,
        Option<Boolean> essential,
        Option<ContainerRestartPolicy> restartPolicy,
        List<String> entryPoint,
        List<String> command,
        List<KeyValuePair> environment,
        List<EnvironmentFile> environmentFiles,
        List<MountPoint> mountPoints,
        List<VolumeFrom> volumesFrom,
        Option<LinuxParameters> linuxParameters,
        List<Secret> secrets,
        List<ContainerDependency> dependsOn,
        Option<Integer> startTimeout,
        Option<Integer> stopTimeout,
        Option<VersionConsistency> versionConsistency,
        Option<String> hostname,
        Option<String> user,
        Option<String> workingDirectory,
        Option<Boolean> disableNetworking,
        Option<Boolean> privileged,
        Option<Boolean> readonlyRootFilesystem,
        List<String> dnsServers,
        List<String> dnsSearchDomains,
        List<HostEntry> extraHosts,
        List<String> dockerSecurityOptions,
        Option<Boolean> interactive,
        Option<Boolean> pseudoTerminal,
        Map<String, String> dockerLabels,
        List<Ulimit> ulimits,
        Option<LogConfiguration> logConfiguration,
        Option<HealthCheck> healthCheck,
        List<SystemControl> systemControls,
        List<ResourceRequirement> resourceRequirements,
        Option<FirelensConfiguration> firelensConfiguration,
        List<String> credentialSpecs) {

    /** A builder with every optional component absent and every list empty. */
    public static ContainerDefinitionBuilder builder() {
        return new ContainerDefinitionBuilder();
    }

    /** A builder holding this record's values. */
    public ContainerDefinitionBuilder toBuilder() {
        return new ContainerDefinitionBuilder().from(this);
    }

    /** ECS treats a container without {@code essential} as essential ({@link TaskDefinitionDefaults#ESSENTIAL}). */
    public boolean isEssential() {
        return essential.getOrElse(TaskDefinitionDefaults.ESSENTIAL);
    }
}
