package io.ecskit.domain.service;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Blue/green settings of a service's load balancer.
 *
 * @param alternateTargetGroupArn Target group the new (green) revision registers with during a blue/green deployment.
 * @param productionListenerRule ARN of the listener rule that routes production traffic.
 * @param testListenerRule ARN of the listener rule that routes test traffic; none by default.
 * @param roleArn IAM role ECS uses to modify the listeners and rules.
 */
@Value.Builder
public record AdvancedConfiguration(
        Option<String> alternateTargetGroupArn,
        Option<String> productionListenerRule,
        Option<String> testListenerRule,
        Option<String> roleArn) {

    /** A builder with every optional component absent and every list empty. */
    public static AdvancedConfigurationBuilder builder() {
        return new AdvancedConfigurationBuilder();
    }

    /** A builder holding this record's values. */
    public AdvancedConfigurationBuilder toBuilder() {
        return new AdvancedConfigurationBuilder().from(this);
    }
}
