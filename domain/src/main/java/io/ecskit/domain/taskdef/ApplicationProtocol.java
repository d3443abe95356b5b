package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Application protocols of a port mapping, for Service Connect. */
public enum ApplicationProtocol implements WireValue {
    HTTP("http"),
    HTTP2("http2"),
    GRPC("grpc");

    private final String wire;

    ApplicationProtocol(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
