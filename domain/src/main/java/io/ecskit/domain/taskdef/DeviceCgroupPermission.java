package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Cgroup permissions of a host device. */
public enum DeviceCgroupPermission implements WireValue {
    READ("read"),
    WRITE("write"),
    MKNOD("mknod");

    private final String wire;

    DeviceCgroupPermission(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
