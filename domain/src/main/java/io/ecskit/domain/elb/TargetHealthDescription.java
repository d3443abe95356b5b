package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about the health of a target. Source: Elastic Load Balancing v2 API reference (TargetHealthDescription).
 *
 * @param target The description of the target.
 * @param healthCheckPort The port to use to connect with the target.
 * @param targetHealth The health information for the target.
 * @param anomalyDetection The anomaly detection result for the target.
 * @param administrativeOverride The administrative override information for the target.
 */
@Value.Builder
public record TargetHealthDescription(
        Option<TargetDescription> target,
        Option<String> healthCheckPort,
        Option<TargetHealth> targetHealth,
        Option<AnomalyDetection> anomalyDetection,
        Option<AdministrativeOverride> administrativeOverride) {

    /** A builder with every optional component absent and every list empty. */
    public static TargetHealthDescriptionBuilder builder() {
        return new TargetHealthDescriptionBuilder();
    }

    /** A builder holding this record's values. */
    public TargetHealthDescriptionBuilder toBuilder() {
        return new TargetHealthDescriptionBuilder().from(this);
    }
}
