package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The details of a daemon task definition. Source: ECS API reference (DaemonTaskDefinition).
 *
 * @param daemonTaskDefinitionArn The full Amazon Resource Name (ARN) of the daemon task definition.
 * @param family The name of a family that this daemon task definition is registered to.
 * @param revision The revision of the daemon task in a particular family.
 * @param taskRoleArn The short name or full Amazon Resource Name (ARN) of the IAM role that grants containers in the daemon task permission to call Amazon Web Services APIs on your behalf.
 * @param executionRoleArn The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on your behalf.
 * @param containerDefinitions A list of container definitions in JSON format that describe the containers that make up the daemon task.
 * @param volumes The list of data volume definitions for the daemon task.
 * @param cpu The number of CPU units used by the daemon task.
 * @param memory The amount of memory (in MiB) used by the daemon task.
 * @param status The status of the daemon task definition.
 * @param registeredAt The Unix timestamp for the time when the daemon task definition was registered.
 * @param deleteRequestedAt The Unix timestamp for the time when the daemon task definition delete was requested.
 * @param registeredBy The principal that registered the daemon task definition.
 * @param pidMode The PID namespace mode for the daemon.
 * @param ipcMode The IPC namespace mode for the daemon.
 */
@Value.Builder
public record DaemonTaskDefinition(
        Option<String> daemonTaskDefinitionArn,
        Option<String> family,
        Option<Integer> revision,
        Option<String> taskRoleArn,
        Option<String> executionRoleArn,
        List<DaemonContainerDefinition> containerDefinitions,
        List<DaemonVolume> volumes,
        Option<String> cpu,
        Option<String> memory,
        Option<DaemonTaskDefinitionStatus> status,
        Option<Instant> registeredAt,
        Option<Instant> deleteRequestedAt,
        Option<String> registeredBy,
        Option<DaemonPidMode> pidMode,
        Option<DaemonIpcMode> ipcMode) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonTaskDefinitionBuilder builder() {
        return new DaemonTaskDefinitionBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonTaskDefinitionBuilder toBuilder() {
        return new DaemonTaskDefinitionBuilder().from(this);
    }
}
