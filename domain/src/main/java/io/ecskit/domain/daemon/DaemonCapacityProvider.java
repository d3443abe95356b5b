package io.ecskit.domain.daemon;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a capacity provider associated with a daemon revision. Source: ECS API reference (DaemonCapacityProvider).
 *
 * @param arn The Amazon Resource Name (ARN) of the capacity provider.
 * @param runningCount The number of daemon tasks running on this capacity provider.
 * @param withoutDaemonCount The number of instances on this capacity provider that are running without the daemon task.
 */
@Value.Builder
public record DaemonCapacityProvider(
        Option<String> arn,
        Option<Integer> runningCount,
        Option<Integer> withoutDaemonCount) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonCapacityProviderBuilder builder() {
        return new DaemonCapacityProviderBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonCapacityProviderBuilder toBuilder() {
        return new DaemonCapacityProviderBuilder().from(this);
    }
}
