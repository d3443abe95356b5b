package io.ecskit.domain.service;

import io.ecskit.domain.WireValue;

/** Lifecycle stages of a service deployment at which hooks run. */
public enum DeploymentLifecycleHookStage implements WireValue {
    RECONCILE_SERVICE("RECONCILE_SERVICE"),
    PRE_SCALE_UP("PRE_SCALE_UP"),
    POST_SCALE_UP("POST_SCALE_UP"),
    TEST_TRAFFIC_SHIFT("TEST_TRAFFIC_SHIFT"),
    POST_TEST_TRAFFIC_SHIFT("POST_TEST_TRAFFIC_SHIFT"),
    PRE_PRODUCTION_TRAFFIC_SHIFT("PRE_PRODUCTION_TRAFFIC_SHIFT"),
    PRODUCTION_TRAFFIC_SHIFT("PRODUCTION_TRAFFIC_SHIFT"),
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
