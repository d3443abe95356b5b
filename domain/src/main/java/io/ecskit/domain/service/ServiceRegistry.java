package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A Cloud Map registry a service registers its tasks in.
 *
 * @param registryArn ARN of the Cloud Map service.
 * @param port Port for SRV records (when the task definition uses awsvpc).
 * @param containerName Container whose port the SRV record names (bridge or host mode).
 * @param containerPort Port of that container for the SRV record.
 */
@Value.Builder
public record ServiceRegistry(
        Option<String> registryArn,
        Option<Integer> port,
        Option<String> containerName,
        Option<Integer> containerPort) {

    /** A builder with every optional component absent and every list empty. */
    public static ServiceRegistryBuilder builder() {
        return new ServiceRegistryBuilder();
    }

    /** A builder holding this record's values. */
    public ServiceRegistryBuilder toBuilder() {
        return new ServiceRegistryBuilder().from(this);
    }
}
