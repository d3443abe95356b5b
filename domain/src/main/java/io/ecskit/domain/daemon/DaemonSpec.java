package io.ecskit.domain.daemon;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A daemon as CreateDaemon takes it: one task of a daemon task definition on every container instance of the named ECS Managed Instances capacity providers of a cluster. Source: ECS API reference (CreateDaemon).
 *
 * @param daemonName The name of the daemon. (required)
 * @param clusterArn The Amazon Resource Name (ARN) of the cluster to create the daemon in.
 * @param daemonTaskDefinitionArn The Amazon Resource Name (ARN) of the daemon task definition to use for the daemon. (required)
 * @param capacityProviderArns The Amazon Resource Names (ARNs) of the capacity providers to associate with the daemon. (required)
 * @param deploymentConfiguration Optional deployment parameters that control how the daemon rolls out updates, including the drain percentage, alarm-based rollback, and bake time.
 * @param tags The metadata that you apply to the daemon to help you categorize and organize them.
 * @param propagateTags Specifies whether to propagate the tags from the daemon to the daemon tasks.
 * @param enableECSManagedTags Specifies whether to turn on Amazon ECS managed tags for the tasks in the daemon.
 * @param enableExecuteCommand Determines whether the execute command functionality is turned on for the daemon.
 * @param clientToken An identifier that you provide to ensure the idempotency of the request.
 * @param critical If the critical parameter of a daemon is true , and the daemon task fails, stops, or becomes unhealthy, Amazon ECS drains the container instance and stops the other tasks running on it.
 */
@Value.Builder
public record DaemonSpec(
        String daemonName,
        Option<String> clusterArn,
        String daemonTaskDefinitionArn,
        List<String> capacityProviderArns,
        Option<DaemonDeploymentConfiguration> deploymentConfiguration,
        List<Tag> tags,
        Option<DaemonPropagateTags> propagateTags,
        Option<Boolean> enableECSManagedTags,
        Option<Boolean> enableExecuteCommand,
        Option<String> clientToken,
        Option<Boolean> critical) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonSpecBuilder builder() {
        return new DaemonSpecBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonSpecBuilder toBuilder() {
        return new DaemonSpecBuilder().from(this);
    }
}
