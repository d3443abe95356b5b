package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Where a service deployment is: the hook stages plus SCALE_UP, BAKE_TIME and CLEAN_UP. */
public enum ServiceDeploymentLifecycleStage implements WireValue {
    /** Reconciling, only when the deployment starts with more than one ACTIVE service revision. */
    RECONCILE_SERVICE("RECONCILE_SERVICE"),
    /** The green revision has not started; blue serves all production traffic. */
    PRE_SCALE_UP("PRE_SCALE_UP"),
    /** Green scales up to 100 % and launches its tasks, serving no traffic yet. */
    SCALE_UP("SCALE_UP"),
    /** Green has started; blue still serves all production traffic. */
    POST_SCALE_UP("POST_SCALE_UP"),
    /** Test traffic is shifting from 0 to 100 % onto green. */
    TEST_TRAFFIC_SHIFT("TEST_TRAFFIC_SHIFT"),
    /** Green serves all test traffic. */
    POST_TEST_TRAFFIC_SHIFT("POST_TEST_TRAFFIC_SHIFT"),
    /** Production traffic is shifting onto green (at every step of LINEAR and CANARY). */
    PRODUCTION_TRAFFIC_SHIFT("PRODUCTION_TRAFFIC_SHIFT"),
    /** The production traffic shift is complete. */
    POST_PRODUCTION_TRAFFIC_SHIFT("POST_PRODUCTION_TRAFFIC_SHIFT"),
    /** Blue and green both run after the production shift, for {@code bakeTimeInMinutes}, so a rollback is quick. */
    BAKE_TIME("BAKE_TIME"),
    /** Blue scales down to 0 tasks; green is the production revision after this stage. */
    CLEAN_UP("CLEAN_UP");

    private final String wire;

    ServiceDeploymentLifecycleStage(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
