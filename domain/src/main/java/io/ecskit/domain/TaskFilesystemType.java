package io.ecskit.domain;

/** Filesystems of EBS volumes ECS creates. */
public enum TaskFilesystemType implements WireValue {
    /** {@code ext3} (Linux). */
    EXT3("ext3"),
    /** {@code ext4} (Linux). */
    EXT4("ext4"),
    /** {@code xfs} (Linux); ECS's default. */
    XFS("xfs"),
    /** {@code ntfs}, the one Windows filesystem. */
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
