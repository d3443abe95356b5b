package io.ecskit.domain.taskdef;

import io.vavr.control.Option;

/** The OS family (LINUX, WINDOWS_SERVER_2019_FULL, ...) and CPU architecture a task runs on. */
public record RuntimePlatform(Option<String> operatingSystemFamily, Option<CpuArchitecture> cpuArchitecture) {

    public static final String LINUX = "LINUX";

    public RuntimePlatform {
        operatingSystemFamily = operatingSystemFamily == null ? Option.none() : operatingSystemFamily;
        cpuArchitecture = cpuArchitecture == null ? Option.none() : cpuArchitecture;
    }

    public boolean isWindows() {
        return operatingSystemFamily.exists(os -> os.startsWith("WINDOWS_SERVER"));
    }
}
