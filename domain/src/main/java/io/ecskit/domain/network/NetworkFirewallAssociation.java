package io.ecskit.domain.network;

import io.vavr.control.Option;
import org.immutables.value.Value;

/**
 * Describes an Automated Internet Firewall that inspects traffic between a VPC and its internet gateway or egress-only internet gateway. Source: EC2 API reference (NetworkFirewallAssociation).
 *
 * @param firewallArn The Amazon Resource Name (ARN) of the firewall.
 * @param firewallOnboardingStatus The status of the firewall for the VPC.
 * @param firewallMode The mode of the firewall.
 */
@Value.Builder
public record NetworkFirewallAssociation(
        Option<String> firewallArn,
        Option<FirewallOnboardingStatus> firewallOnboardingStatus,
        Option<FirewallMode> firewallMode) {

    /** A builder with every optional component absent and every list empty. */
    public static NetworkFirewallAssociationBuilder builder() {
        return new NetworkFirewallAssociationBuilder();
    }

    /** A builder holding this record's values. */
    public NetworkFirewallAssociationBuilder toBuilder() {
        return new NetworkFirewallAssociationBuilder().from(this);
    }
}
