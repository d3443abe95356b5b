package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Lifecycle stages of a service deployment at which hooks run. */
public enum DeploymentLifecycleHookStage implements WireValue {
    /** Reconciliation, only when a new service deployment starts with more than one ACTIVE service revision. */
    RECONCILE_SERVICE("RECONCILE_SERVICE"),
    /** Before the green revision starts; blue serves all production traffic, there is no test traffic. */
    PRE_SCALE_UP("PRE_SCALE_UP"),
    /** The green revision has started; blue still serves all production traffic. */
    POST_SCALE_UP("POST_SCALE_UP"),
    /** Test traffic is shifting from 0 to 100 % onto green; AWS_LAMBDA hooks only, not PAUSE. */
    TEST_TRAFFIC_SHIFT("TEST_TRAFFIC_SHIFT"),
    /** Green serves all test traffic. */
    POST_TEST_TRAFFIC_SHIFT("POST_TEST_TRAFFIC_SHIFT"),
    /** Before production traffic shifts; for LINEAR and CANARY before every step. */
    PRE_PRODUCTION_TRAFFIC_SHIFT("PRE_PRODUCTION_TRAFFIC_SHIFT"),
    /**
     * Production traffic is shifting onto green (every step of LINEAR and CANARY); AWS_LAMBDA hooks only, not PAUSE.
     */
    PRODUCTION_TRAFFIC_SHIFT("PRODUCTION_TRAFFIC_SHIFT"),
    /** The production traffic shift is complete. */
    POST_PRODUCTION_TRAFFIC_SHIFT("POST_PRODUCTION_TRAFFIC_SHIFT");

    private final String wire;

    DeploymentLifecycleHookStage(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
