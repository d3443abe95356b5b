package io.ecskit.domain;

/** Filesystems of EBS volumes ECS creates. */
public enum TaskFilesystemType implements WireValue {
    EXT3("ext3"),
    EXT4("ext4"),
    XFS("xfs"),
    NTFS("ntfs");

    private final String wire;

    TaskFilesystemType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
