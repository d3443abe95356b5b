package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Application protocols of a port mapping, for Service Connect. */
public enum ApplicationProtocol implements WireValue {
    /** {@code http}: HTTP/1.1; the Service Connect proxy adds HTTP connection handling and metrics. */
    HTTP("http"),
    /** {@code http2}: HTTP/2. */
    HTTP2("http2"),
    /** {@code grpc}: gRPC over HTTP/2. */
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
