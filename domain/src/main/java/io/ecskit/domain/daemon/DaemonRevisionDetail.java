package io.ecskit.domain.daemon;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Details about a daemon revision, including the running task counts per capacity provider. Source: ECS API reference (DaemonRevisionDetail).
 *
 * @param arn The Amazon Resource Name (ARN) of the daemon revision.
 * @param capacityProviders The capacity providers associated with this daemon revision.
 * @param totalRunningCount The total number of daemon tasks running for this revision.
 * @param totalWithoutDaemonCount The total number of instances running without the daemon task for this revision, across all capacity providers.
 */
@Value.Builder
public record DaemonRevisionDetail(
        Option<String> arn,
        List<DaemonCapacityProvider> capacityProviders,
        Option<Integer> totalRunningCount,
        Option<Integer> totalWithoutDaemonCount) {

    /** A builder with every optional component absent and every list empty. */
    public static DaemonRevisionDetailBuilder builder() {
        return new DaemonRevisionDetailBuilder();
    }

    /** A builder holding this record's values. */
    public DaemonRevisionDetailBuilder toBuilder() {
        return new DaemonRevisionDetailBuilder().from(this);
    }
}
