package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * What UpdateDaemon changes: a new daemon task definition, capacity providers or settings, deployed as a new daemon revision. Source: ECS API reference (UpdateDaemon).
 *
 * @param daemonArn The Amazon Resource Name (ARN) of the daemon to update. (required)
 * @param daemonTaskDefinitionArn The Amazon Resource Name (ARN) of the daemon task definition to use for the updated daemon. (required)
 * @param capacityProviderArns The Amazon Resource Names (ARNs) of the capacity providers to associate with the daemon. (required)
 * @param deploymentConfiguration Optional deployment parameters that control how the daemon rolls out updates, including the drain percentage, alarm-based rollback, and bake time.
 * @param propagateTags Specifies whether to propagate the tags from the daemon to the daemon tasks.
 * @param enableECSManagedTags Specifies whether to turn on Amazon ECS managed tags for the tasks in the daemon.
 * @param enableExecuteCommand If true , the execute command functionality is turned on for all tasks in the daemon.
 * @param critical If the critical parameter of a daemon is true , and the daemon task fails, stops, or becomes unhealthy, Amazon ECS drains the container instance and stops the other tasks running on it.
 */
@Value.Builder
public record DaemonUpdate(
        String daemonArn,
        String daemonTaskDefinitionArn,
        List<String> capacityProviderArns,
        Option<DaemonDeploymentConfiguration> deploymentConfiguration,
        Option<DaemonPropagateTags> propagateTags,
        Option<Boolean> enableECSManagedTags,
        Option<Boolean> enableExecuteCommand,
        Option<Boolean> critical) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonUpdateBuilder builder() {
        return new DaemonUpdateBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonUpdateBuilder toBuilder() {
        return new DaemonUpdateBuilder().from(this);
    }
}
