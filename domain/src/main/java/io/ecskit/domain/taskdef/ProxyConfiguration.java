package io.ecskit.domain.taskdef;

import io.ecskit.domain.KeyValuePair;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * App Mesh proxy settings of a task.
 *
 * @param type Proxy type: APPMESH.
 * @param containerName Container that acts as the proxy (required).
 * @param properties Proxy settings (IgnoredUID, AppPorts, ProxyIngressPort, ...).
 */
@Value.Builder
public record ProxyConfiguration(
        Option<ProxyConfigurationType> type,
        String containerName,
        List<KeyValuePair> properties) {

    /** A builder with every optional component absent and every list empty. */
    public static ProxyConfigurationBuilder builder() {
        return new ProxyConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public ProxyConfigurationBuilder toBuilder() {
        return new ProxyConfigurationBuilder().from(this);
    }
}
