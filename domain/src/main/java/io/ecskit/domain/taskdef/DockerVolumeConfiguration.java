package io.ecskit.domain.taskdef;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * A Docker volume managed by a volume driver (EC2 only).
 *
 * @param scope task (removed with the task) or shared (kept); task by default.
 * @param autoprovision Whether a shared volume is created when missing; false by default.
 * @param driver Docker volume driver, local by default.
 * @param driverOpts Options passed to the driver.
 * @param labels Labels put on the Docker volume.
 */
@Value.Builder
public record DockerVolumeConfiguration(
        Option<Scope> scope,
        Option<Boolean> autoprovision,
        Option<String> driver,
        Map<String, String> driverOpts,
        Map<String, String> labels) {

    /** A builder with every optional component absent and every list empty. */
    public static DockerVolumeConfigurationBuilder builder() {
        return new DockerVolumeConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public DockerVolumeConfigurationBuilder toBuilder() {
        return new DockerVolumeConfigurationBuilder().from(this);
    }
}
