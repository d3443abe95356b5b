package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about anomaly detection and mitigation. Source: Elastic Load Balancing v2 API reference (AnomalyDetection).
 *
 * @param result The latest anomaly detection result.
 * @param mitigationInEffect Indicates whether anomaly mitigation is in progress.
 */
@Value.Builder
public record AnomalyDetection(
        Option<AnomalyResultEnum> result,
        Option<MitigationInEffectEnum> mitigationInEffect) {

    /** A builder with every optional component absent and every list empty. */
    public static AnomalyDetectionBuilder builder() {
        return new AnomalyDetectionBuilder();
    }

    /** A builder holding this record's values. */
    public AnomalyDetectionBuilder toBuilder() {
        return new AnomalyDetectionBuilder().from(this);
    }
}
