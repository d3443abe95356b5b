package io.ecskit.domain.daemon;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A daemon task definition as RegisterDaemonTaskDefinition takes it: a reduced task definition (no port mappings, links or DNS settings) for daemon tasks. Source: ECS API reference (RegisterDaemonTaskDefinition).
 *
 * @param family You must specify a family for a daemon task definition. (required)
 * @param taskRoleArn The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this daemon task can assume.
 * @param executionRoleArn The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS container agent permission to make Amazon Web Services API calls on your behalf.
 * @param containerDefinitions A list of container definitions in JSON format that describe the containers that make up your daemon task. (required)
 * @param cpu The number of CPU units used by the daemon task.
 * @param memory The amount of memory (in MiB) used by the daemon task.
 * @param volumes A list of volume definitions in JSON format that containers in your daemon task can use.
 * @param tags The metadata that you apply to the daemon task definition to help you categorize and organize them.
 * @param pidMode The PID namespace mode for the daemon.
 * @param ipcMode The IPC namespace mode for the daemon.
 */
@Value.Builder
public record DaemonTaskDefinitionSpec(
        String family,
        Option<String> taskRoleArn,
        Option<String> executionRoleArn,
        List<DaemonContainerDefinition> containerDefinitions,
        Option<String> cpu,
        Option<String> memory,
        List<DaemonVolume> volumes,
        List<Tag> tags,
        Option<DaemonPidMode> pidMode,
        Option<DaemonIpcMode> ipcMode) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonTaskDefinitionSpecBuilder builder() {
        return new DaemonTaskDefinitionSpecBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonTaskDefinitionSpecBuilder toBuilder() {
        return new DaemonTaskDefinitionSpecBuilder().from(this);
    }
}
