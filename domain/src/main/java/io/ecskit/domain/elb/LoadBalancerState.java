package io.ecskit.domain.elb;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about the state of the load balancer. Source: Elastic Load Balancing v2 API reference (LoadBalancerState).
 *
 * @param code The state code.
 * @param reason A description of the state.
 */
@Value.Builder
public record LoadBalancerState(
        Option<LoadBalancerStateEnum> code,
        Option<String> reason) {

    /** A builder with every optional component absent and every list empty. */
    public static LoadBalancerStateBuilder builder() {
        return new LoadBalancerStateBuilder();
    }

    /** A builder holding this record's values. */
    public LoadBalancerStateBuilder toBuilder() {
        return new LoadBalancerStateBuilder().from(this);
    }
}
