package io.ecskit.domain.elb;

import io.ecskit.domain.Tag;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * See the Elastic Load Balancing v2 API reference. Source: Elastic Load Balancing v2 API reference (CreateListenerInput).
 *
 * @param loadBalancerArn The Amazon Resource Name (ARN) of the load balancer. (required)
 * @param protocol The protocol for connections from clients to the load balancer.
 * @param port The port on which the load balancer is listening.
 * @param sslPolicy [HTTPS and TLS listeners] The security policy that defines which protocols and ciphers are supported.
 * @param certificates [HTTPS and TLS listeners] The default certificate for the listener.
 * @param defaultActions The actions for the default rule. (required)
 * @param alpnPolicy [TLS listeners] The name of the Application-Layer Protocol Negotiation (ALPN) policy.
 * @param tags The tags to assign to the listener.
 * @param mutualAuthentication [HTTPS and TLS listeners] The mutual authentication configuration information.
 */
@Value.Builder
public record CreateListenerInput(
        String loadBalancerArn,
        Option<ProtocolEnum> protocol,
        Option<Integer> port,
        Option<String> sslPolicy,
        List<Certificate> certificates,
        List<Action> defaultActions,
        List<String> alpnPolicy,
        List<Tag> tags,
        Option<MutualAuthenticationAttributes> mutualAuthentication) {

    /** A builder with every optional component absent and every list empty. */
    public static CreateListenerInputBuilder builder() {
        return new CreateListenerInputBuilder();
    }

    /** A builder holding this record's values. */
    public CreateListenerInputBuilder toBuilder() {
        return new CreateListenerInputBuilder().from(this);
    }
}
