package io.ecskit.domain.network;

import io.ecskit.domain.WireValue;

/** See the EC2 API reference. Source: EC2 API reference (ResourceType). */
public enum ResourceType implements WireValue {
    /** {@code capacity-reservation}. */
    CAPACITY_RESERVATION("capacity-reservation"),
    /** {@code client-vpn-endpoint}. */
    CLIENT_VPN_ENDPOINT("client-vpn-endpoint"),
    /** {@code customer-gateway}. */
    CUSTOMER_GATEWAY("customer-gateway"),
    /** {@code carrier-gateway}. */
    CARRIER_GATEWAY("carrier-gateway"),
    /** {@code coip-pool}. */
    COIP_POOL("coip-pool"),
    /** {@code declarative-policies-report}. */
    DECLARATIVE_POLICIES_REPORT("declarative-policies-report"),
    /** {@code dedicated-host}. */
    DEDICATED_HOST("dedicated-host"),
    /** {@code dhcp-options}. */
    DHCP_OPTIONS("dhcp-options"),
    /** {@code egress-only-internet-gateway}. */
    EGRESS_ONLY_INTERNET_GATEWAY("egress-only-internet-gateway"),
    /** {@code elastic-ip}. */
    ELASTIC_IP("elastic-ip"),
    /** {@code elastic-gpu}. */
    ELASTIC_GPU("elastic-gpu"),
    /** {@code export-image-task}. */
    EXPORT_IMAGE_TASK("export-image-task"),
    /** {@code export-instance-task}. */
    EXPORT_INSTANCE_TASK("export-instance-task"),
    /** {@code fca-policy}. */
    FCA_POLICY("fca-policy"),
    /** {@code fleet}. */
    FLEET("fleet"),
    /** {@code fpga-image}. */
    FPGA_IMAGE("fpga-image"),
    /** {@code host-reservation}. */
    HOST_RESERVATION("host-reservation"),
    /** {@code image}. */
    IMAGE("image"),
    /** {@code image-usage-report}. */
    IMAGE_USAGE_REPORT("image-usage-report"),
    /** {@code import-image-task}. */
    IMPORT_IMAGE_TASK("import-image-task"),
    /** {@code import-snapshot-task}. */
    IMPORT_SNAPSHOT_TASK("import-snapshot-task"),
    /** {@code instance}. */
    INSTANCE("instance"),
    /** {@code instance-event-window}. */
    INSTANCE_EVENT_WINDOW("instance-event-window"),
    /** {@code internet-gateway}. */
    INTERNET_GATEWAY("internet-gateway"),
    /** {@code ipam}. */
    IPAM("ipam"),
    /** {@code ipam-pool}. */
    IPAM_POOL("ipam-pool"),
    /** {@code ipam-scope}. */
    IPAM_SCOPE("ipam-scope"),
    /** {@code ipv4pool-ec2}. */
    IPV4POOL_EC2("ipv4pool-ec2"),
    /** {@code ipv6pool-ec2}. */
    IPV6POOL_EC2("ipv6pool-ec2"),
    /** {@code key-pair}. */
    KEY_PAIR("key-pair"),
    /** {@code launch-template}. */
    LAUNCH_TEMPLATE("launch-template"),
    /** {@code local-gateway}. */
    LOCAL_GATEWAY("local-gateway"),
    /** {@code local-gateway-route-table}. */
    LOCAL_GATEWAY_ROUTE_TABLE("local-gateway-route-table"),
    /** {@code local-gateway-virtual-interface}. */
    LOCAL_GATEWAY_VIRTUAL_INTERFACE("local-gateway-virtual-interface"),
    /** {@code local-gateway-virtual-interface-group}. */
    LOCAL_GATEWAY_VIRTUAL_INTERFACE_GROUP("local-gateway-virtual-interface-group"),
    /** {@code local-gateway-route-table-vpc-association}. */
    LOCAL_GATEWAY_ROUTE_TABLE_VPC_ASSOCIATION("local-gateway-route-table-vpc-association"),
    /** {@code local-gateway-route-table-virtual-interface-group-association}. */
    LOCAL_GATEWAY_ROUTE_TABLE_VIRTUAL_INTERFACE_GROUP_ASSOCIATION("local-gateway-route-table-virtual-interface-group-association"),
    /** {@code natgateway}. */
    NATGATEWAY("natgateway"),
    /** {@code network-acl}. */
    NETWORK_ACL("network-acl"),
    /** {@code network-interface}. */
    NETWORK_INTERFACE("network-interface"),
    /** {@code network-insights-analysis}. */
    NETWORK_INSIGHTS_ANALYSIS("network-insights-analysis"),
    /** {@code network-insights-path}. */
    NETWORK_INSIGHTS_PATH("network-insights-path"),
    /** {@code network-insights-access-scope}. */
    NETWORK_INSIGHTS_ACCESS_SCOPE("network-insights-access-scope"),
    /** {@code network-insights-access-scope-analysis}. */
    NETWORK_INSIGHTS_ACCESS_SCOPE_ANALYSIS("network-insights-access-scope-analysis"),
    /** {@code outpost-lag}. */
    OUTPOST_LAG("outpost-lag"),
    /** {@code placement-group}. */
    PLACEMENT_GROUP("placement-group"),
    /** {@code prefix-list}. */
    PREFIX_LIST("prefix-list"),
    /** {@code replace-root-volume-task}. */
    REPLACE_ROOT_VOLUME_TASK("replace-root-volume-task"),
    /** {@code reserved-instances}. */
    RESERVED_INSTANCES("reserved-instances"),
    /** {@code route-table}. */
    ROUTE_TABLE("route-table"),
    /** {@code security-group}. */
    SECURITY_GROUP("security-group"),
    /** {@code security-group-rule}. */
    SECURITY_GROUP_RULE("security-group-rule"),
    /** {@code service-link-virtual-interface}. */
    SERVICE_LINK_VIRTUAL_INTERFACE("service-link-virtual-interface"),
    /** {@code snapshot}. */
    SNAPSHOT("snapshot"),
    /** {@code spot-fleet-request}. */
    SPOT_FLEET_REQUEST("spot-fleet-request"),
    /** {@code spot-instances-request}. */
    SPOT_INSTANCES_REQUEST("spot-instances-request"),
    /** {@code subnet}. */
    SUBNET("subnet"),
    /** {@code subnet-cidr-reservation}. */
    SUBNET_CIDR_RESERVATION("subnet-cidr-reservation"),
    /** {@code traffic-mirror-filter}. */
    TRAFFIC_MIRROR_FILTER("traffic-mirror-filter"),
    /** {@code traffic-mirror-session}. */
    TRAFFIC_MIRROR_SESSION("traffic-mirror-session"),
    /** {@code traffic-mirror-target}. */
    TRAFFIC_MIRROR_TARGET("traffic-mirror-target"),
    /** {@code transit-gateway}. */
    TRANSIT_GATEWAY("transit-gateway"),
    /** {@code transit-gateway-attachment}. */
    TRANSIT_GATEWAY_ATTACHMENT("transit-gateway-attachment"),
    /** {@code transit-gateway-connect-peer}. */
    TRANSIT_GATEWAY_CONNECT_PEER("transit-gateway-connect-peer"),
    /** {@code transit-gateway-multicast-domain}. */
    TRANSIT_GATEWAY_MULTICAST_DOMAIN("transit-gateway-multicast-domain"),
    /** {@code transit-gateway-policy-table}. */
    TRANSIT_GATEWAY_POLICY_TABLE("transit-gateway-policy-table"),
    /** {@code transit-gateway-metering-policy}. */
    TRANSIT_GATEWAY_METERING_POLICY("transit-gateway-metering-policy"),
    /** {@code transit-gateway-route-table}. */
    TRANSIT_GATEWAY_ROUTE_TABLE("transit-gateway-route-table"),
    /** {@code transit-gateway-route-table-announcement}. */
    TRANSIT_GATEWAY_ROUTE_TABLE_ANNOUNCEMENT("transit-gateway-route-table-announcement"),
    /** {@code volume}. */
    VOLUME("volume"),
    /** {@code vpc}. */
    VPC("vpc"),
    /** {@code vpc-endpoint}. */
    VPC_ENDPOINT("vpc-endpoint"),
    /** {@code vpc-endpoint-connection}. */
    VPC_ENDPOINT_CONNECTION("vpc-endpoint-connection"),
    /** {@code vpc-endpoint-service}. */
    VPC_ENDPOINT_SERVICE("vpc-endpoint-service"),
    /** {@code vpc-endpoint-service-permission}. */
    VPC_ENDPOINT_SERVICE_PERMISSION("vpc-endpoint-service-permission"),
    /** {@code vpc-peering-connection}. */
    VPC_PEERING_CONNECTION("vpc-peering-connection"),
    /** {@code vpn-connection}. */
    VPN_CONNECTION("vpn-connection"),
    /** {@code vpn-gateway}. */
    VPN_GATEWAY("vpn-gateway"),
    /** {@code vpc-flow-log}. */
    VPC_FLOW_LOG("vpc-flow-log"),
    /** {@code capacity-reservation-fleet}. */
    CAPACITY_RESERVATION_FLEET("capacity-reservation-fleet"),
    /** {@code traffic-mirror-filter-rule}. */
    TRAFFIC_MIRROR_FILTER_RULE("traffic-mirror-filter-rule"),
    /** {@code vpc-endpoint-connection-device-type}. */
    VPC_ENDPOINT_CONNECTION_DEVICE_TYPE("vpc-endpoint-connection-device-type"),
    /** {@code verified-access-instance}. */
    VERIFIED_ACCESS_INSTANCE("verified-access-instance"),
    /** {@code verified-access-group}. */
    VERIFIED_ACCESS_GROUP("verified-access-group"),
    /** {@code verified-access-endpoint}. */
    VERIFIED_ACCESS_ENDPOINT("verified-access-endpoint"),
    /** {@code verified-access-policy}. */
    VERIFIED_ACCESS_POLICY("verified-access-policy"),
    /** {@code verified-access-trust-provider}. */
    VERIFIED_ACCESS_TRUST_PROVIDER("verified-access-trust-provider"),
    /** {@code vpn-connection-device-type}. */
    VPN_CONNECTION_DEVICE_TYPE("vpn-connection-device-type"),
    /** {@code vpc-block-public-access-exclusion}. */
    VPC_BLOCK_PUBLIC_ACCESS_EXCLUSION("vpc-block-public-access-exclusion"),
    /** {@code vpc-encryption-control}. */
    VPC_ENCRYPTION_CONTROL("vpc-encryption-control"),
    /** {@code route-server}. */
    ROUTE_SERVER("route-server"),
    /** {@code route-server-endpoint}. */
    ROUTE_SERVER_ENDPOINT("route-server-endpoint"),
    /** {@code route-server-peer}. */
    ROUTE_SERVER_PEER("route-server-peer"),
    /** {@code ipam-resource-discovery}. */
    IPAM_RESOURCE_DISCOVERY("ipam-resource-discovery"),
    /** {@code ipam-resource-discovery-association}. */
    IPAM_RESOURCE_DISCOVERY_ASSOCIATION("ipam-resource-discovery-association"),
    /** {@code instance-connect-endpoint}. */
    INSTANCE_CONNECT_ENDPOINT("instance-connect-endpoint"),
    /** {@code verified-access-endpoint-target}. */
    VERIFIED_ACCESS_ENDPOINT_TARGET("verified-access-endpoint-target"),
    /** {@code ipam-external-resource-verification-token}. */
    IPAM_EXTERNAL_RESOURCE_VERIFICATION_TOKEN("ipam-external-resource-verification-token"),
    /** {@code capacity-block}. */
    CAPACITY_BLOCK("capacity-block"),
    /** {@code mac-modification-task}. */
    MAC_MODIFICATION_TASK("mac-modification-task"),
    /** {@code ipam-prefix-list-resolver}. */
    IPAM_PREFIX_LIST_RESOLVER("ipam-prefix-list-resolver"),
    /** {@code ipam-policy}. */
    IPAM_POLICY("ipam-policy"),
    /** {@code ipam-prefix-list-resolver-target}. */
    IPAM_PREFIX_LIST_RESOLVER_TARGET("ipam-prefix-list-resolver-target"),
    /** {@code ipam-internet-registry-association}. */
    IPAM_INTERNET_REGISTRY_ASSOCIATION("ipam-internet-registry-association"),
    /** {@code secondary-interface}. */
    SECONDARY_INTERFACE("secondary-interface"),
    /** {@code secondary-network}. */
    SECONDARY_NETWORK("secondary-network"),
    /** {@code secondary-subnet}. */
    SECONDARY_SUBNET("secondary-subnet"),
    /** {@code capacity-manager-data-export}. */
    CAPACITY_MANAGER_DATA_EXPORT("capacity-manager-data-export"),
    /** {@code vpn-concentrator}. */
    VPN_CONCENTRATOR("vpn-concentrator"),
    /** {@code ipam-pool-allocation}. */
    IPAM_POOL_ALLOCATION("ipam-pool-allocation"),
    /** {@code capacity-reservation-cancellation-quote}. */
    CAPACITY_RESERVATION_CANCELLATION_QUOTE("capacity-reservation-cancellation-quote"),
    /** {@code application-status-check}. */
    APPLICATION_STATUS_CHECK("application-status-check"),
    /** {@code capacity-reservation-modification-quote}. */
    CAPACITY_RESERVATION_MODIFICATION_QUOTE("capacity-reservation-modification-quote"),
    /** {@code secondary-network-acl}. */
    SECONDARY_NETWORK_ACL("secondary-network-acl"),
    /** {@code secondary-network-acl-association}. */
    SECONDARY_NETWORK_ACL_ASSOCIATION("secondary-network-acl-association"),
    /** {@code metric-category}. */
    METRIC_CATEGORY("metric-category"),
    /** {@code virtual-edge-network-gateway}. */
    VIRTUAL_EDGE_NETWORK_GATEWAY("virtual-edge-network-gateway"),
    /** {@code virtual-edge-network-gateway-route-table}. */
    VIRTUAL_EDGE_NETWORK_GATEWAY_ROUTE_TABLE("virtual-edge-network-gateway-route-table"),
    /** {@code virtual-edge-network-gateway-route-table-association}. */
    VIRTUAL_EDGE_NETWORK_GATEWAY_ROUTE_TABLE_ASSOCIATION("virtual-edge-network-gateway-route-table-association"),
    /** {@code virtual-edge-network-route-server-peer}. */
    VIRTUAL_EDGE_NETWORK_ROUTE_SERVER_PEER("virtual-edge-network-route-server-peer");

    private final String wire;

    ResourceType(String wire) {
        this.wire = wire;
    }

    /** AWS's spelling of the value. */
    @Override
    public String wire() {
        return wire;
    }
}
