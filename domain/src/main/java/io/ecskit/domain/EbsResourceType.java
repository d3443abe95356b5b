package io.ecskit.domain;

/** What EBS tag specifications apply to. */
public enum EbsResourceType implements WireValue {
    /** {@code volume}: the tags go on the EBS volumes ECS creates for the tasks. */
    VOLUME("volume");

    private final String wire;

    EbsResourceType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
