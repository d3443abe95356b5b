package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;
import io.vavr.control.Option;

/** Application protocol of a named port (Service Connect). */
public enum AppProtocol implements WireValue {
    HTTP("http"),
    HTTP2("http2"),
    GRPC("grpc");

    private final String wire;

    AppProtocol(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    public static Option<AppProtocol> fromWire(String wire) {
        return WireValue.parse(AppProtocol.class, wire);
    }
}
