package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (JwtValidationActionAdditionalClaimFormatEnum). */
public enum JwtValidationActionAdditionalClaimFormatEnum implements WireValue {
    /** {@code single-string}. */
    SINGLE_STRING("single-string"),
    /** {@code string-array}. */
    STRING_ARRAY("string-array"),
    /** {@code space-separated-values}. */
    SPACE_SEPARATED_VALUES("space-separated-values");

    private final String wire;

    JwtValidationActionAdditionalClaimFormatEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
