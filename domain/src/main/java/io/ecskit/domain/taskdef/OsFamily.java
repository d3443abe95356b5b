package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/** Operating system families of a task's platform. */
public enum OsFamily implements WireValue {
    WINDOWS_SERVER_2019_FULL("WINDOWS_SERVER_2019_FULL"),
    WINDOWS_SERVER_2019_CORE("WINDOWS_SERVER_2019_CORE"),
    WINDOWS_SERVER_2016_FULL("WINDOWS_SERVER_2016_FULL"),
    WINDOWS_SERVER_2004_CORE("WINDOWS_SERVER_2004_CORE"),
    WINDOWS_SERVER_2022_CORE("WINDOWS_SERVER_2022_CORE"),
    WINDOWS_SERVER_2022_FULL("WINDOWS_SERVER_2022_FULL"),
    WINDOWS_SERVER_2025_CORE("WINDOWS_SERVER_2025_CORE"),
    WINDOWS_SERVER_2025_FULL("WINDOWS_SERVER_2025_FULL"),
    WINDOWS_SERVER_20_H2_CORE("WINDOWS_SERVER_20H2_CORE"),
    LINUX("LINUX");

    private final String wire;

    OsFamily(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
