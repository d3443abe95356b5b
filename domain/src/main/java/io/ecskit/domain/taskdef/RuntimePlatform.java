package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * The operating system family and CPU architecture a task needs.
 *
 * @param cpuArchitecture CPU architecture: X86_64 (default) or ARM64 (Linux only).
 * @param operatingSystemFamily Operating system: LINUX (default) or a WINDOWS_SERVER_* family.
 */
@Value.Builder
public record RuntimePlatform(
        Option<CpuArchitecture> cpuArchitecture,
        Option<OsFamily> operatingSystemFamily) {

    /** A builder with every optional component absent and every list empty. */
    public static RuntimePlatformBuilder builder() {
        return new RuntimePlatformBuilder();
    }

    /** A builder holding this record's values. */
    public RuntimePlatformBuilder toBuilder() {
        return new RuntimePlatformBuilder().from(this);
    }

    /** Whether the operating system family is one of the Windows Server ones. */
    public boolean isWindows() {
        return operatingSystemFamily.exists(os -> os != OsFamily.LINUX);
    }
}
