package io.ecskit.domain.taskdef;

import io.ecskit.domain.WireValue;

/**
 * A task definition's {@code runtimePlatform.operatingSystemFamily}: the operating system its containers need (ECS API
 * reference, RuntimePlatform). Every value but LINUX is a Windows Server release; on Fargate Windows tasks need at least
 * 1 vCPU and the X86_64 architecture.
 */
public enum OsFamily implements WireValue {
    /** Windows Server 2019 Full. */
    WINDOWS_SERVER_2019_FULL("WINDOWS_SERVER_2019_FULL"),
    /** Windows Server 2019 Core. */
    WINDOWS_SERVER_2019_CORE("WINDOWS_SERVER_2019_CORE"),
    /** Windows Server 2016 Full. */
    WINDOWS_SERVER_2016_FULL("WINDOWS_SERVER_2016_FULL"),
    /** Windows Server version 2004 Core (a semi-annual channel release). */
    WINDOWS_SERVER_2004_CORE("WINDOWS_SERVER_2004_CORE"),
    /** Windows Server 2022 Core. */
    WINDOWS_SERVER_2022_CORE("WINDOWS_SERVER_2022_CORE"),
    /** Windows Server 2022 Full. */
    WINDOWS_SERVER_2022_FULL("WINDOWS_SERVER_2022_FULL"),
    /** Windows Server 2025 Core. */
    WINDOWS_SERVER_2025_CORE("WINDOWS_SERVER_2025_CORE"),
    /** Windows Server 2025 Full. */
    WINDOWS_SERVER_2025_FULL("WINDOWS_SERVER_2025_FULL"),
    /**
     * Windows Server version 20H2 Core (a semi-annual channel release); the wire value is {@code
     * WINDOWS_SERVER_20H2_CORE}.
     */
    WINDOWS_SERVER_20_H2_CORE("WINDOWS_SERVER_20H2_CORE"),
    /** Linux; on Fargate the only family that runs on ARM64. */
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
