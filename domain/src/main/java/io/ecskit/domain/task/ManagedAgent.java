package io.ecskit.domain.task;

import io.vavr.control.Option;
import org.immutables.value.Value;

import java.time.Instant;

/**
 * An agent ECS runs beside a container.
 *
 * @param lastStartedAt When the agent last started.
 * @param name Which agent: ExecuteCommandAgent.
 * @param reason Why the agent is in its state.
 * @param lastStatus PENDING, RUNNING or STOPPED.
 */
@Value.Builder
public record ManagedAgent(
        Option<Instant> lastStartedAt,
        Option<ManagedAgentName> name,
        Option<String> reason,
        Option<String> lastStatus) {

    /** A builder with every optional component absent and every list empty. */
    public static ManagedAgentBuilder builder() {
        return new ManagedAgentBuilder();
    }

    /** A builder holding this record's values. */
    public ManagedAgentBuilder toBuilder() {
        return new ManagedAgentBuilder().from(this);
    }
}
