package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (ActionTypeEnum). */
public enum ActionTypeEnum implements WireValue {
    /** {@code forward}. */
    FORWARD("forward"),
    /** {@code authenticate-oidc}. */
    AUTHENTICATE_OIDC("authenticate-oidc"),
    /** {@code authenticate-cognito}. */
    AUTHENTICATE_COGNITO("authenticate-cognito"),
    /** {@code redirect}. */
    REDIRECT("redirect"),
    /** {@code fixed-response}. */
    FIXED_RESPONSE("fixed-response"),
    /** {@code jwt-validation}. */
    JWT_VALIDATION("jwt-validation");

    private final String wire;

    ActionTypeEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
