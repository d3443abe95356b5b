package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Kinds of task proxy. */
public enum ProxyConfigurationType implements WireValue {
    /** The App Mesh Envoy proxy; the only type ECS supports. */
    APPMESH("APPMESH");

    private final String wire;

    ProxyConfigurationType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
