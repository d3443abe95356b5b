package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Cgroup permissions of a host device. */
public enum DeviceCgroupPermission implements WireValue {
    /** {@code read}: the container may read from the device. */
    READ("read"),
    /** {@code write}: the container may write to the device. */
    WRITE("write"),
    /** {@code mknod}: the container may create device files for it. */
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
