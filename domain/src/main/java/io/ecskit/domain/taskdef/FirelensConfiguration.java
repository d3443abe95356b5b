package io.ecskit.domain.taskdef;

import io.vavr.collection.Map;
import org.immutables.value.Value;

/**
 * Settings of a FireLens log router container.
 *
 * @param type Log router: fluentd or fluentbit (required).
 * @param options Router options (enable-ecs-log-metadata, config-file-type, config-file-value).
 */
@Value.Builder
public record FirelensConfiguration(
        FirelensConfigurationType type,
        Map<String, String> options) {

    /** A builder with every optional component absent and every list empty. */
    public static FirelensConfigurationBuilder builder() {
        return new FirelensConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public FirelensConfigurationBuilder toBuilder() {
        return new FirelensConfigurationBuilder().from(this);
    }
}
