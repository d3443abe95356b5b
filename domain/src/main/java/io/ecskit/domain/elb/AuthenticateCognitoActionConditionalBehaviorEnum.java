package io.ecskit.domain.elb;

import io.ecskit.domain.WireValue;

/** See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (AuthenticateCognitoActionConditionalBehaviorEnum). */
public enum AuthenticateCognitoActionConditionalBehaviorEnum implements WireValue {
    /** {@code deny}. */
    DENY("deny"),
    /** {@code allow}. */
    ALLOW("allow"),
    /** {@code authenticate}. */
    AUTHENTICATE("authenticate");

    private final String wire;

    AuthenticateCognitoActionConditionalBehaviorEnum(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
