package io.ecskit.domain.ecr;

import io.vavr.collection.List;
import org.immutables.value.Value;

/**
 * The details of a scanning rule for a private registry. Source: ECR API reference (RegistryScanningRule).
 *
 * @param scanFrequency The frequency that scans are performed at for a private registry. (required)
 * @param repositoryFilters The repository filters associated with the scanning configuration for a private registry. (required)
 */
@Value.Builder
public record RegistryScanningRule(
        ScanFrequency scanFrequency,
        List<ScanningRepositoryFilter> repositoryFilters) {

    /** A builder with every optional component absent and every list empty. */
    public static RegistryScanningRuleBuilder builder() {
        return new RegistryScanningRuleBuilder();
    }

    /** A builder holding this record's values. */
    public RegistryScanningRuleBuilder toBuilder() {
        return new RegistryScanningRuleBuilder().from(this);
    }
}
