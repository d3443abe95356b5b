package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * How a task is authorized to mount an EFS file system.
 *
 * @param accessPointId EFS access point to mount through.
 * @param iam Whether the task role authorizes the mount (ENABLED / DISABLED).
 */
@Value.Builder
public record EfsAuthorizationConfig(
        Option<String> accessPointId,
        Option<EfsAuthorizationConfigIam> iam) {

    /** A builder with every optional component absent and every list empty. */
    public static EfsAuthorizationConfigBuilder builder() {
        return new EfsAuthorizationConfigBuilder();
    }

    /** A builder holding this record's values. */
    public EfsAuthorizationConfigBuilder toBuilder() {
        return new EfsAuthorizationConfigBuilder().from(this);
    }
}
