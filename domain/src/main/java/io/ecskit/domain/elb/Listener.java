package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Information about a listener. Source: Elastic Load Balancing v2 API reference (Listener).
 *
 * @param listenerArn The Amazon Resource Name (ARN) of the listener.
 * @param loadBalancerArn The Amazon Resource Name (ARN) of the load balancer.
 * @param port The port on which the load balancer is listening.
 * @param protocol The protocol for connections from clients to the load balancer.
 * @param certificates [HTTPS or TLS listener] The default certificate for the listener.
 * @param sslPolicy [HTTPS or TLS listener] The security policy that defines which protocols and ciphers are supported.
 * @param defaultActions The default actions for the listener.
 * @param alpnPolicy [TLS listener] The name of the Application-Layer Protocol Negotiation (ALPN) policy.
 * @param mutualAuthentication The mutual authentication configuration information.
 */
@Value.Builder
public record Listener(
        Option<String> listenerArn,
        Option<String> loadBalancerArn,
        Option<Integer> port,
        Option<ProtocolEnum> protocol,
        List<Certificate> certificates,
        Option<String> sslPolicy,
        List<Action> defaultActions,
        List<String> alpnPolicy,
        Option<MutualAuthenticationAttributes> mutualAuthentication) {

    /** A builder with every optional component absent and every list empty. */
    public static ListenerBuilder builder() {
        return new ListenerBuilder();
    }

    /** A builder holding this record's values. */
    public ListenerBuilder toBuilder() {
        return new ListenerBuilder().from(this);
    }
}
