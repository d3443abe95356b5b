package io.ecskit.domain.ecr;

import io.ecskit.domain.WireValue;

/** When images are scanned: on push, continuously (ENHANCED only) or only when asked. Source: ECR API reference (ScanFrequency). */
public enum ScanFrequency implements WireValue {
    /** {@code SCAN_ON_PUSH}. */
    SCAN_ON_PUSH("SCAN_ON_PUSH"),
    /** {@code CONTINUOUS_SCAN}. */
    CONTINUOUS_SCAN("CONTINUOUS_SCAN"),
    /** {@code MANUAL}. */
    MANUAL("MANUAL");

    private final String wire;

    ScanFrequency(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
