package io.ecskit.domain.elb;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (ModifyListenerInput).
 *
 * @param listenerArn The Amazon Resource Name (ARN) of the listener. (required)
 * @param port The port for connections from clients to the load balancer.
 * @param protocol The protocol for connections from clients to the load balancer.
 * @param sslPolicy [HTTPS and TLS listeners] The security policy that defines which protocols and ciphers are supported.
 * @param certificates [HTTPS and TLS listeners] The default certificate for the listener.
 * @param defaultActions The actions for the default rule.
 * @param alpnPolicy [TLS listeners] The name of the Application-Layer Protocol Negotiation (ALPN) policy.
 * @param mutualAuthentication [HTTPS and TLS listeners] The mutual authentication configuration information.
 */
@Value.Builder
public record ModifyListenerInput(
        String listenerArn,
        Option<Integer> port,
        Option<ProtocolEnum> protocol,
        Option<String> sslPolicy,
        List<Certificate> certificates,
        List<Action> defaultActions,
        List<String> alpnPolicy,
        Option<MutualAuthenticationAttributes> mutualAuthentication) {

    /** A builder with every optional component absent and every list empty. */
    public static ModifyListenerInputBuilder builder() {
        return new ModifyListenerInputBuilder();
    }

    /** A builder holding this record's values. */
    public ModifyListenerInputBuilder toBuilder() {
        return new ModifyListenerInputBuilder().from(this);
    }
}
