package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * Information about a daemon revision. Source: ECS API reference (DaemonRevision).
 *
 * @param daemonRevisionArn The Amazon Resource Name (ARN) of the daemon revision.
 * @param clusterArn The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
 * @param daemonArn The Amazon Resource Name (ARN) of the daemon for this revision.
 * @param daemonTaskDefinitionArn The Amazon Resource Name (ARN) of the daemon task definition used by this revision.
 * @param createdAt The Unix timestamp for the time when the daemon revision was created.
 * @param containerImages The container images used by the daemon revision.
 * @param propagateTags Specifies whether tags are propagated from the daemon to the daemon tasks.
 * @param enableECSManagedTags Specifies whether Amazon ECS managed tags are turned on for the daemon tasks.
 * @param enableExecuteCommand Specifies whether the execute command functionality is turned on for the daemon tasks.
 * @param critical If the critical parameter of this daemon revision is true , and the daemon task fails, stops, or becomes unhealthy, Amazon ECS drains the container instance and stops the other tasks running on it.
 */
@Value.Builder
public record DaemonRevision(
        Option<String> daemonRevisionArn,
        Option<String> clusterArn,
        Option<String> daemonArn,
        Option<String> daemonTaskDefinitionArn,
        Option<Instant> createdAt,
        List<DaemonContainerImage> containerImages,
        Option<DaemonPropagateTags> propagateTags,
        Option<Boolean> enableECSManagedTags,
        Option<Boolean> enableExecuteCommand,
        Option<Boolean> critical) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonRevisionBuilder builder() {
        return new DaemonRevisionBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonRevisionBuilder toBuilder() {
        return new DaemonRevisionBuilder().from(this);
    }
}
