package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Where a service deployment is: the hook stages plus SCALE_UP, BAKE_TIME and CLEAN_UP. */
public enum ServiceDeploymentLifecycleStage implements WireValue {
    RECONCILE_SERVICE("RECONCILE_SERVICE"),
    PRE_SCALE_UP("PRE_SCALE_UP"),
    SCALE_UP("SCALE_UP"),
    POST_SCALE_UP("POST_SCALE_UP"),
    TEST_TRAFFIC_SHIFT("TEST_TRAFFIC_SHIFT"),
    POST_TEST_TRAFFIC_SHIFT("POST_TEST_TRAFFIC_SHIFT"),
    PRODUCTION_TRAFFIC_SHIFT("PRODUCTION_TRAFFIC_SHIFT"),
    POST_PRODUCTION_TRAFFIC_SHIFT("POST_PRODUCTION_TRAFFIC_SHIFT"),
    BAKE_TIME("BAKE_TIME"),
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
