package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The scanning configuration for a private registry. Source: ECR API reference (RegistryScanningConfiguration).
 *
 * @param scanType The type of scanning configured for the registry.
 * @param rules The scanning rules associated with the registry.
 */
@Value.Builder
public record RegistryScanningConfiguration(
        Option<ScanType> scanType,
        List<RegistryScanningRule> rules) {

    /** A builder with every optional component absent and every list empty. */
    public static RegistryScanningConfigurationBuilder builder() {
        return new RegistryScanningConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public RegistryScanningConfigurationBuilder toBuilder() {
        return new RegistryScanningConfigurationBuilder().from(this);
    }
}
