package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Resource limits of a container. */
public enum UlimitName implements WireValue {
    CORE("core"),
    CPU("cpu"),
    DATA("data"),
    FSIZE("fsize"),
    LOCKS("locks"),
    MEMLOCK("memlock"),
    MSGQUEUE("msgqueue"),
    NICE("nice"),
    NOFILE("nofile"),
    NPROC("nproc"),
    RSS("rss"),
    RTPRIO("rtprio"),
    RTTIME("rttime"),
    SIGPENDING("sigpending"),
    STACK("stack");

    private final String wire;

    UlimitName(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
