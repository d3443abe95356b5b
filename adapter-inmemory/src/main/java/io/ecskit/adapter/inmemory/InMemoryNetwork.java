package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Tag;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.network.AvailabilityZones;
import io.ecskit.domain.network.Cidr;
import io.ecskit.domain.network.CreateSecurityGroupRequest;
import io.ecskit.domain.network.CreateSubnetRequest;
import io.ecskit.domain.network.CreateVpcRequest;
import io.ecskit.domain.network.Filter;
import io.ecskit.domain.network.IpPermission;
import io.ecskit.domain.network.IpRange;
import io.ecskit.domain.network.NetworkFilters;
import io.ecskit.domain.network.ResourceType;
import io.ecskit.domain.network.SecurityGroup;
import io.ecskit.domain.network.Subnet;
import io.ecskit.domain.network.SubnetState;
import io.ecskit.domain.network.TagSpecification;
import io.ecskit.domain.network.Tenancy;
import io.ecskit.domain.network.UserIdGroupPair;
import io.ecskit.domain.network.Vpc;
import io.ecskit.domain.network.VpcCidrBlockAssociation;
import io.ecskit.domain.network.VpcCidrBlockState;
import io.ecskit.domain.network.VpcCidrBlockStateCode;
import io.ecskit.domain.network.VpcState;
import io.ecskit.port.out.NetworkPort;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/**
 * EC2 networking in memory (issue 25 item 2): VPCs, subnets and security groups as EC2 creates, describes and deletes them,
 * with EC2's checks and errors (docs/ecs-rules.md, "EC2 networking"). A fresh region has no VPC, as an account whose
 * default VPC was deleted; CreateDefaultVpc makes one. Once a subnet or group exists, ECS refuses task and service network
 * configurations naming others (rules subnetExists, securityGroupExists, subnetsInOneVpc).
 */
final class InMemoryNetwork implements NetworkPort {

    static final String DEFAULT_GROUP = "default";
    private static final Cidr DEFAULT_VPC_BLOCK = Cidr.parse("172.31.0.0/16").get();

    private final InMemoryState state;

    @Inject
    InMemoryNetwork(InMemoryState state) {
        this.state = state;
    }

    private NetworkState net() {
        return state.network;
    }

    @Override
    public Either<EcsError, Vpc> createVpc(CreateVpcRequest r) {
        return state.call("CreateVpc", () -> {
            Option<EcsError> unmodelled = unmodelled("IPv6 blocks", "Ipv6Pool", r.ipv6Pool())
                    .orElse(() -> unmodelled("IPv6 blocks", "Ipv6CidrBlock", r.ipv6CidrBlock()))
                    .orElse(() -> unmodelled("IPv6 blocks", "Ipv6CidrBlockNetworkBorderGroup", r.ipv6CidrBlockNetworkBorderGroup()))
                    .orElse(() -> unmodelled("IPv6 blocks", "AmazonProvidedIpv6CidrBlock", r.amazonProvidedIpv6CidrBlock().filter(b -> b)))
                    .orElse(() -> unmodelled("IPAM pools", "Ipv4IpamPoolId", r.ipv4IpamPoolId()))
                    .orElse(() -> unmodelled("IPAM pools", "Ipv4NetmaskLength", r.ipv4NetmaskLength()))
                    .orElse(() -> unmodelled("IPAM pools", "Ipv6IpamPoolId", r.ipv6IpamPoolId()))
                    .orElse(() -> unmodelled("IPAM pools", "Ipv6NetmaskLength", r.ipv6NetmaskLength()))
                    .orElse(() -> unmodelled("VPC encryption control", "VpcEncryptionControl", r.vpcEncryptionControl()));
            if (unmodelled.isDefined()) {
                return Either.left(unmodelled.get());
            }
            if (r.cidrBlock().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_REQUIRED, "CidrBlock"));
            }
            Option<Cidr> block = Cidr.parse(r.cidrBlock().get());
            if (block.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.CIDR_BLOCK_FORMAT, r.cidrBlock().get()));
            }
            if (!block.get().isVpcOrSubnetSize()) {
                return Either.left(EcsError.of(EcsRule.VPC_CIDR_VALID, block.get().wire()));
            }
            Either<EcsError, List<Tag>> tags = tags(r.tagSpecifications(), ResourceType.VPC);
            if (tags.isLeft()) {
                return Either.left(tags.getLeft());
            }
            if (r.dryRun().contains(true)) {
                return Either.left(EcsError.of(EcsRule.DRY_RUN));
            }
            return Either.right(pending(addVpc(block.get(), false, r.instanceTenancy().getOrElse(Tenancy.DEFAULT), tags.get())));
        });
    }

    /** A new VPC as CreateVpc and CreateDefaultVpc answer it: {@code pending} (it is {@code available} from then on). */
    private static Vpc pending(Vpc vpc) {
        return vpc.toBuilder().state(VpcState.PENDING).build();
    }

    private Vpc addVpc(Cidr block, boolean isDefault, Tenancy tenancy, List<Tag> tags) {
        String vpcId = "vpc-" + state.newId(17);
        Vpc vpc = Vpc.builder()
                .vpcId(vpcId)
                .ownerId(state.account.value())
                .instanceTenancy(tenancy)
                .cidrBlock(block.wire())
                .cidrBlockAssociationSet(List.of(new VpcCidrBlockAssociation(Option.of("vpc-cidr-assoc-" + state.newId(17)),
                        Option.of(block.wire()), Option.of(new VpcCidrBlockState(Option.of(VpcCidrBlockStateCode.ASSOCIATED), Option.none())))))
                .isDefault(isDefault)
                .state(VpcState.AVAILABLE)
                .dhcpOptionsId(dhcpOptions())
                .tags(tags)
                .build();
        net().vpcs.put(vpcId, vpc);
        String groupId = "sg-" + state.newId(17);
        net().groups.put(groupId, group(groupId, DEFAULT_GROUP, "default VPC security group", vpcId, List.empty())
                .toBuilder()
                .ipPermissions(List.of(IpPermission.builder().ipProtocol("-1")
                        .userIdGroupPairs(List.of(UserIdGroupPair.builder().userId(state.account.value()).groupId(groupId).build())).build()))
                .build());
        return vpc;
    }

    /** One DHCP options set per region, shared by its VPCs, as the default set is. */
    private String dhcpOptions() {
        return net().vpcs.values().stream().findFirst().flatMap(v -> v.dhcpOptionsId().toJavaOptional())
                .orElseGet(() -> "dopt-" + state.newId(17));
    }

    private SecurityGroup group(String groupId, String name, String description, String vpcId, List<Tag> tags) {
        return SecurityGroup.builder()
                .groupId(groupId)
                .groupName(name)
                .description(description)
                .vpcId(vpcId)
                .ownerId(state.account.value())
                .securityGroupArn(arn("security-group", groupId))
                .ipPermissionsEgress(List.of(IpPermission.builder().ipProtocol("-1")
                        .ipRanges(List.of(IpRange.builder().cidrIp("0.0.0.0/0").build())).build()))
                .tags(tags)
                .build();
    }

    private String arn(String type, String id) {
        return "arn:aws:ec2:" + state.region.code() + ":" + state.account.value() + ":" + type + "/" + id;
    }

    @Override
    public Either<EcsError, Vpc> createDefaultVpc() {
        return state.call("CreateDefaultVpc", () -> {
            if (net().vpcs.values().stream().anyMatch(v -> v.isDefault().contains(true))) {
                return Either.left(EcsError.of(EcsRule.DEFAULT_VPC_UNIQUE));
            }
            Vpc vpc = addVpc(DEFAULT_VPC_BLOCK, true, Tenancy.DEFAULT, List.empty());
            List<String> zones = AvailabilityZones.names(state.region);
            for (int i = 0; i < zones.size(); i++) {
                Cidr block = Cidr.parse("172.31." + (16 * i) + ".0/20").get();
                addSubnet(vpc.vpcId().get(), block, zones.get(i), true, List.empty());
            }
            return Either.right(pending(vpc));
        });
    }

    @Override
    public Either<EcsError, Seq<Vpc>> vpcs(Seq<String> vpcIds, Seq<Filter> filters) {
        return state.call("DescribeVpcs", () -> select(vpcIds, filters, NetworkFilters.VPC, net().vpcs, EcsRule.VPC_FOUND)
                .map(found -> found.filter(v -> NetworkFilters.matches(filters, vpcValues(v), v.tags()))));
    }

    private static Map<String, Seq<String>> vpcValues(Vpc v) {
        return HashMap.of(
                "cidr", List.of(v.cidrBlock().get()),
                "cidr-block-association.cidr-block", v.cidrBlockAssociationSet().flatMap(VpcCidrBlockAssociation::cidrBlock),
                "cidr-block-association.association-id", v.cidrBlockAssociationSet().flatMap(VpcCidrBlockAssociation::associationId),
                "cidr-block-association.state", List.of("associated"),
                "dhcp-options-id", v.dhcpOptionsId().toList(),
                "is-default", List.of(String.valueOf(v.isDefault().getOrElse(false))),
                "owner-id", v.ownerId().toList(),
                "state", List.of(v.state().get().wire()),
                "vpc-id", v.vpcId().toList());
    }

    /** The resources named (all when none), refusing an unknown id or filter name as EC2 does. */
    private static <T> Either<EcsError, Seq<T>> select(Seq<String> ids, Seq<Filter> filters, Seq<String> known,
                                                        java.util.Map<String, T> all, EcsRule notFound) {
        Option<String> badFilter = NetworkFilters.unknown(filters, known);
        if (badFilter.isDefined()) {
            return Either.left(EcsError.of(EcsRule.NETWORK_FILTER_VALID, badFilter.get()));
        }
        Option<String> missing = ids.find(id -> !all.containsKey(id));
        if (missing.isDefined()) {
            return Either.left(EcsError.of(notFound, missing.get()));
        }
        return Either.right(ids.isEmpty() ? List.ofAll(all.values()) : ids.distinct().map(all::get));
    }

    @Override
    public Either<EcsError, Done> deleteVpc(String vpcId) {
        return state.call("DeleteVpc", () -> {
            if (!net().vpcs.containsKey(vpcId)) {
                return Either.left(EcsError.of(EcsRule.VPC_FOUND, vpcId));
            }
            boolean dependencies = net().subnets.values().stream().anyMatch(s -> s.vpcId().contains(vpcId))
                    || net().groups.values().stream().anyMatch(g -> g.vpcId().contains(vpcId) && !g.groupName().contains(DEFAULT_GROUP));
            boolean defaultGroupUsed = net().groups.values().stream().anyMatch(g -> g.vpcId().contains(vpcId) && net().groupInUse(g.groupId().get()));
            if (dependencies || defaultGroupUsed) {
                return Either.left(EcsError.of(EcsRule.VPC_HAS_NO_DEPENDENCIES, vpcId));
            }
            net().vpcs.remove(vpcId);
            net().groups.values().removeIf(g -> g.vpcId().contains(vpcId));
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, Subnet> createSubnet(CreateSubnetRequest r) {
        return state.call("CreateSubnet", () -> {
            Option<EcsError> unmodelled = unmodelled("IPv6 blocks", "Ipv6CidrBlock", r.ipv6CidrBlock())
                    .orElse(() -> unmodelled("IPv6 blocks", "Ipv6Native", r.ipv6Native().filter(b -> b)))
                    .orElse(() -> unmodelled("Outposts", "OutpostArn", r.outpostArn()))
                    .orElse(() -> unmodelled("IPAM pools", "Ipv4IpamPoolId", r.ipv4IpamPoolId()))
                    .orElse(() -> unmodelled("IPAM pools", "Ipv4NetmaskLength", r.ipv4NetmaskLength()))
                    .orElse(() -> unmodelled("IPAM pools", "Ipv6IpamPoolId", r.ipv6IpamPoolId()))
                    .orElse(() -> unmodelled("IPAM pools", "Ipv6NetmaskLength", r.ipv6NetmaskLength()));
            if (unmodelled.isDefined()) {
                return Either.left(unmodelled.get());
            }
            Vpc vpc = net().vpcs.get(r.vpcId());
            if (vpc == null) {
                return Either.left(EcsError.of(EcsRule.VPC_FOUND, r.vpcId()));
            }
            if (r.cidrBlock().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_REQUIRED, "CidrBlock"));
            }
            Cidr vpcBlock = Cidr.parse(vpc.cidrBlock().get()).get();
            Option<Cidr> block = Cidr.parse(r.cidrBlock().get());
            if (block.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.CIDR_BLOCK_FORMAT, r.cidrBlock().get()));
            }
            if (!block.get().isVpcOrSubnetSize() || !vpcBlock.contains(block.get())) {
                return Either.left(EcsError.of(EcsRule.SUBNET_CIDR_VALID, block.get().wire()));
            }
            boolean conflict = net().subnets.values().stream().anyMatch(s -> s.vpcId().contains(r.vpcId())
                    && Cidr.parse(s.cidrBlock().get()).get().overlaps(block.get()));
            if (conflict) {
                return Either.left(EcsError.of(EcsRule.SUBNET_CIDR_FREE, block.get().wire()));
            }
            List<String> zones = AvailabilityZones.names(state.region);
            // AvailabilityZone takes a zone's name, AvailabilityZoneId its AZ ID; given both, they must name the same zone
            Option<String> byName = r.availabilityZone().map(n -> zones.contains(n) ? n : null);
            Option<String> byId = r.availabilityZoneId().map(id -> zones.find(n -> AvailabilityZones.id(state.region, n).contains(id)).getOrNull());
            if (byName.exists(java.util.Objects::isNull) || byId.exists(java.util.Objects::isNull)
                    || byName.isDefined() && byId.isDefined() && !byName.equals(byId)) {
                String asked = r.availabilityZone().orElse(r.availabilityZoneId()).get();
                return Either.left(EcsError.of(EcsRule.AVAILABILITY_ZONE_VALID, asked, zones.mkString(", ")));
            }
            Option<String> zone = byName.orElse(byId).orElse(zones.headOption());
            Either<EcsError, List<Tag>> tags = tags(r.tagSpecifications(), ResourceType.SUBNET);
            if (tags.isLeft()) {
                return Either.left(tags.getLeft());
            }
            if (r.dryRun().contains(true)) {
                return Either.left(EcsError.of(EcsRule.DRY_RUN));
            }
            return Either.right(net().described(addSubnet(r.vpcId(), block.get(), zone.get(), false, tags.get())));
        });
    }

    private Subnet addSubnet(String vpcId, Cidr block, String zone, boolean defaultForAz, List<Tag> tags) {
        String subnetId = "subnet-" + state.newId(17);
        Subnet subnet = Subnet.builder()
                .subnetId(subnetId)
                .subnetArn(arn("subnet", subnetId))
                .vpcId(vpcId)
                .cidrBlock(block.wire())
                .availabilityZone(zone)
                .availabilityZoneId(AvailabilityZones.id(state.region, zone))
                .availableIpAddressCount((int) (block.size() - Cidr.RESERVED_PER_SUBNET))
                .defaultForAz(defaultForAz)
                .mapPublicIpOnLaunch(defaultForAz)
                .mapCustomerOwnedIpOnLaunch(false)
                .assignIpv6AddressOnCreation(false)
                .enableDns64(false)
                .ipv6Native(false)
                .state(SubnetState.AVAILABLE)
                .ownerId(state.account.value())
                .privateDnsNameOptionsOnLaunch(io.ecskit.domain.network.PrivateDnsNameOptionsOnLaunch.builder()
                        .hostnameType(io.ecskit.domain.network.HostnameType.IP_NAME)
                        .enableResourceNameDnsARecord(false).enableResourceNameDnsAAAARecord(false).build())
                .tags(tags)
                .build();
        net().subnets.put(subnetId, subnet);
        return subnet;
    }

    @Override
    public Either<EcsError, Seq<Subnet>> subnets(Seq<String> subnetIds, Seq<Filter> filters) {
        return state.call("DescribeSubnets", () -> select(subnetIds, filters, NetworkFilters.SUBNET, net().subnets, EcsRule.SUBNET_FOUND)
                .map(found -> found.map(net()::described).filter(s -> NetworkFilters.matches(filters, subnetValues(s), s.tags()))));
    }

    private static Map<String, Seq<String>> subnetValues(Subnet s) {
        return HashMap.ofEntries(
                Tuple.of("availability-zone", s.availabilityZone().toList()),
                Tuple.of("availability-zone-id", s.availabilityZoneId().toList()),
                Tuple.of("available-ip-address-count", s.availableIpAddressCount().map(String::valueOf).toList()),
                Tuple.of("cidr-block", s.cidrBlock().toList()),
                Tuple.of("default-for-az", List.of(String.valueOf(s.defaultForAz().getOrElse(false)))),
                Tuple.of("enable-dns64", List.of(String.valueOf(s.enableDns64().getOrElse(false)))),
                Tuple.of("ipv6-native", List.of(String.valueOf(s.ipv6Native().getOrElse(false)))),
                Tuple.of("map-customer-owned-ip-on-launch", List.of(String.valueOf(s.mapCustomerOwnedIpOnLaunch().getOrElse(false)))),
                Tuple.of("map-public-ip-on-launch", List.of(String.valueOf(s.mapPublicIpOnLaunch().getOrElse(false)))),
                Tuple.of("owner-id", s.ownerId().toList()),
                Tuple.of("private-dns-name-options-on-launch.hostname-type", s.privateDnsNameOptionsOnLaunch()
                        .flatMap(o -> o.hostnameType()).map(io.ecskit.domain.network.HostnameType::wire).toList()),
                Tuple.of("private-dns-name-options-on-launch.enable-resource-name-dns-a-record", s.privateDnsNameOptionsOnLaunch()
                        .flatMap(o -> o.enableResourceNameDnsARecord()).map(String::valueOf).toList()),
                Tuple.of("private-dns-name-options-on-launch.enable-resource-name-dns-aaaa-record", s.privateDnsNameOptionsOnLaunch()
                        .flatMap(o -> o.enableResourceNameDnsAAAARecord()).map(String::valueOf).toList()),
                Tuple.of("state", s.state().map(SubnetState::wire).toList()),
                Tuple.of("subnet-arn", s.subnetArn().toList()),
                Tuple.of("subnet-id", s.subnetId().toList()),
                Tuple.of("vpc-id", s.vpcId().toList()));
    }

    @Override
    public Either<EcsError, Done> deleteSubnet(String subnetId) {
        return state.call("DeleteSubnet", () -> {
            if (!net().subnets.containsKey(subnetId)) {
                return Either.left(EcsError.of(EcsRule.SUBNET_FOUND, subnetId));
            }
            if (net().inUse(subnetId)) {
                return Either.left(EcsError.of(EcsRule.SUBNET_HAS_NO_DEPENDENCIES, subnetId));
            }
            net().subnets.remove(subnetId);
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, SecurityGroup> createSecurityGroup(CreateSecurityGroupRequest r) {
        return state.call("CreateSecurityGroup", () -> {
            Option<String> vpcId = r.vpcId().orElse(() -> defaultVpc().flatMap(Vpc::vpcId));
            if (vpcId.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.DEFAULT_VPC_NEEDED));
            }
            if (!net().vpcs.containsKey(vpcId.get())) {
                return Either.left(EcsError.of(EcsRule.VPC_FOUND, vpcId.get()));
            }
            if (r.description().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.PARAMETER_REQUIRED, "GroupDescription"));
            }
            if (r.groupName().startsWith("sg-")) {
                return Either.left(EcsError.of(EcsRule.SECURITY_GROUP_NAME_VALID, r.groupName()));
            }
            boolean duplicate = net().groups.values().stream()
                    .anyMatch(g -> g.vpcId().equals(vpcId) && g.groupName().exists(n -> n.equalsIgnoreCase(r.groupName())));
            if (duplicate) {
                return Either.left(EcsError.of(EcsRule.SECURITY_GROUP_UNIQUE, r.groupName(), vpcId.get()));
            }
            Either<EcsError, List<Tag>> tags = tags(r.tagSpecifications(), ResourceType.SECURITY_GROUP);
            if (tags.isLeft()) {
                return Either.left(tags.getLeft());
            }
            if (r.dryRun().contains(true)) {
                return Either.left(EcsError.of(EcsRule.DRY_RUN));
            }
            String groupId = "sg-" + state.newId(17);
            SecurityGroup group = group(groupId, r.groupName(), r.description(), vpcId.get(), tags.get());
            net().groups.put(groupId, group);
            return Either.right(group);
        });
    }

    private Option<Vpc> defaultVpc() {
        return Option.ofOptional(net().vpcs.values().stream().filter(v -> v.isDefault().contains(true)).findFirst());
    }

    @Override
    public Either<EcsError, Seq<SecurityGroup>> securityGroups(Seq<String> groupIds, Seq<String> groupNames, Seq<Filter> filters) {
        return state.call("DescribeSecurityGroups", () -> {
            Either<EcsError, Seq<SecurityGroup>> byId = select(groupIds, filters, NetworkFilters.SECURITY_GROUP, net().groups,
                    EcsRule.SECURITY_GROUP_FOUND);
            if (byId.isLeft() || groupNames.isEmpty()) {
                return byId.map(found -> found.filter(g -> NetworkFilters.matches(filters, groupValues(g), g.tags())));
            }
            // names are looked up in the default VPC, as EC2 does
            Option<String> vpcId = defaultVpc().flatMap(Vpc::vpcId);
            Seq<SecurityGroup> named = List.empty();
            for (String name : groupNames.distinct()) {
                Option<SecurityGroup> found = byId.get().find(g -> g.groupName().contains(name) && vpcId.isDefined() && g.vpcId().equals(vpcId));
                if (found.isEmpty()) {
                    return Either.left(vpcId.isEmpty() ? EcsError.of(EcsRule.DEFAULT_VPC_NEEDED)
                            : EcsError.of(EcsRule.SECURITY_GROUP_NAME_FOUND, name, vpcId.get()));
                }
                named = named.append(found.get());
            }
            return Either.right(named.filter(g -> NetworkFilters.matches(filters, groupValues(g), g.tags())));
        });
    }

    private static Map<String, Seq<String>> groupValues(SecurityGroup g) {
        java.util.Map<String, Seq<String>> values = new java.util.HashMap<>();
        values.put("description", g.description().toList());
        values.put("group-id", g.groupId().toList());
        values.put("group-name", g.groupName().toList());
        values.put("owner-id", g.ownerId().toList());
        values.put("vpc-id", g.vpcId().toList());
        permissionValues("ip-permission.", g.ipPermissions(), values);
        permissionValues("egress.ip-permission.", g.ipPermissionsEgress(), values);
        return HashMap.ofAll(values);
    }

    private static void permissionValues(String prefix, Seq<IpPermission> permissions, java.util.Map<String, Seq<String>> values) {
        values.put(prefix + "cidr", permissions.flatMap(IpPermission::ipRanges).flatMap(IpRange::cidrIp));
        values.put(prefix + "from-port", permissions.flatMap(IpPermission::fromPort).map(String::valueOf));
        values.put(prefix + "to-port", permissions.flatMap(IpPermission::toPort).map(String::valueOf));
        values.put(prefix + "protocol", permissions.flatMap(IpPermission::ipProtocol));
        values.put(prefix + "group-id", permissions.flatMap(IpPermission::userIdGroupPairs).flatMap(UserIdGroupPair::groupId));
        values.put(prefix + "group-name", permissions.flatMap(IpPermission::userIdGroupPairs).flatMap(UserIdGroupPair::groupName));
        values.put(prefix + "user-id", permissions.flatMap(IpPermission::userIdGroupPairs).flatMap(UserIdGroupPair::userId));
        values.put(prefix + "prefix-list-id", permissions.flatMap(IpPermission::prefixListIds).flatMap(io.ecskit.domain.network.PrefixListId::prefixListId));
        values.put(prefix + "ipv6-cidr", permissions.flatMap(IpPermission::ipv6Ranges).flatMap(io.ecskit.domain.network.Ipv6Range::cidrIpv6));
    }

    @Override
    public Either<EcsError, Done> deleteSecurityGroup(String groupId) {
        return state.call("DeleteSecurityGroup", () -> {
            SecurityGroup group = net().groups.get(groupId);
            if (group == null) {
                return Either.left(EcsError.of(EcsRule.SECURITY_GROUP_FOUND, groupId));
            }
            if (group.groupName().contains(DEFAULT_GROUP)) {
                return Either.left(EcsError.of(EcsRule.DEFAULT_SECURITY_GROUP_KEPT, groupId));
            }
            if (net().groupInUse(groupId)) {
                return Either.left(EcsError.of(EcsRule.SECURITY_GROUP_UNUSED, groupId));
            }
            net().groups.remove(groupId);
            return Either.right(Done.DONE);
        });
    }

    /** The tags of the TagSpecifications for {@code type}; another resource type is refused as EC2 does. */
    private static Either<EcsError, List<Tag>> tags(Seq<TagSpecification> specifications, ResourceType type) {
        for (TagSpecification spec : specifications) {
            if (spec.resourceType().isDefined() && spec.resourceType().get() != type) {
                return Either.left(EcsError.of(EcsRule.TAGGABLE_RESOURCE_TYPE, spec.resourceType().get().wire()));
            }
        }
        return Either.right(List.ofAll(specifications.flatMap(TagSpecification::tags)));
    }

    private static Option<EcsError> unmodelled(String what, String member, Option<?> value) {
        return value.map(v -> EcsError.of(EcsRule.NETWORK_MEMBER_MODELLED, what, member));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.network.AvailabilityZone>> availabilityZones(Seq<String> zoneNames, Seq<String> zoneIds,
                                                                                            Seq<Filter> filters) {
        return state.call("DescribeAvailabilityZones", () -> {
            Option<String> badFilter = NetworkFilters.unknown(filters, NetworkFilters.AVAILABILITY_ZONE);
            if (badFilter.isDefined()) {
                return Either.left(EcsError.of(EcsRule.NETWORK_FILTER_VALID, badFilter.get()));
            }
            List<io.ecskit.domain.network.AvailabilityZone> zones = AvailabilityZones.names(state.region).map(n ->
                    io.ecskit.domain.network.AvailabilityZone.builder()
                            .zoneName(n).zoneId(AvailabilityZones.id(state.region, n)).regionName(state.region.code())
                            .groupName(state.region.code()).groupLongName(state.region.code()).networkBorderGroup(state.region.code())
                            .zoneType("availability-zone").optInStatus(io.ecskit.domain.network.AvailabilityZoneOptInStatus.OPT_IN_NOT_REQUIRED)
                            .state(io.ecskit.domain.network.AvailabilityZoneState.AVAILABLE).build());
            Option<String> unknown = zoneNames.find(n -> !zones.exists(z -> z.zoneName().contains(n)))
                    .orElse(zoneIds.find(id -> !zones.exists(z -> z.zoneId().contains(id))));
            if (unknown.isDefined()) {
                return Either.left(EcsError.of(EcsRule.AVAILABILITY_ZONE_KNOWN, unknown.get()));
            }
            return Either.right(zones
                    .filter(z -> zoneNames.isEmpty() && zoneIds.isEmpty() || zoneNames.exists(n -> z.zoneName().contains(n))
                            || zoneIds.exists(id -> z.zoneId().contains(id)))
                    .filter(z -> NetworkFilters.matches(filters, HashMap.of(
                            "group-long-name", z.groupLongName().toList(), "group-name", z.groupName().toList(),
                            "opt-in-status", z.optInStatus().map(o -> o.wire()).toList(), "region-name", z.regionName().toList(),
                            "state", z.state().map(x -> x.wire()).toList(), "zone-id", z.zoneId().toList(),
                            "zone-name", z.zoneName().toList(), "zone-type", z.zoneType().toList()), List.empty())));
        });
    }

    @Override
    public Either<EcsError, Done> createTags(Seq<String> resources, Seq<Tag> tags) {
        return state.call("CreateTags", () -> {
            Option<EcsError> unknown = unknownResource(resources);
            if (unknown.isDefined()) {
                return Either.left(unknown.get());
            }
            for (String id : resources) {
                List<Tag> merged = merged(tagsOf(id), tags);
                if (merged.size() > 50) {
                    return Either.left(EcsError.of(EcsRule.EC2_TAGS_VALID));
                }
            }
            resources.forEach(id -> setTags(id, merged(tagsOf(id), tags)));
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, Done> deleteTags(Seq<String> resources, Seq<Tag> tags) {
        return state.call("DeleteTags", () -> {
            Option<EcsError> unknown = unknownResource(resources);
            if (unknown.isDefined()) {
                return Either.left(unknown.get());
            }
            resources.forEach(id -> setTags(id, tags.isEmpty() ? List.empty() : tagsOf(id).filter(t -> !tags.exists(d -> d.key().equals(t.key())
                    && (d.value().isEmpty() || d.value().equals(t.value()))))));
            return Either.right(Done.DONE);
        });
    }

    /** The resource a tag call names that is not there: EC2's not-found for a known kind, InvalidID for any other id. */
    private Option<EcsError> unknownResource(Seq<String> resources) {
        for (String id : resources) {
            if (id.startsWith("vpc-") && !net().vpcs.containsKey(id)) {
                return Option.of(EcsError.of(EcsRule.VPC_FOUND, id));
            }
            if (id.startsWith("subnet-") && !net().subnets.containsKey(id)) {
                return Option.of(EcsError.of(EcsRule.SUBNET_FOUND, id));
            }
            if (id.startsWith("sg-") && !net().groups.containsKey(id)) {
                return Option.of(EcsError.of(EcsRule.SECURITY_GROUP_FOUND, id));
            }
            if (!id.startsWith("vpc-") && !id.startsWith("subnet-") && !id.startsWith("sg-")) {
                return Option.of(EcsError.of(EcsRule.TAGGED_RESOURCE_KNOWN, id));
            }
        }
        return Option.none();
    }

    private List<Tag> tagsOf(String id) {
        return id.startsWith("vpc-") ? net().vpcs.get(id).tags() : id.startsWith("subnet-") ? net().subnets.get(id).tags()
                : net().groups.get(id).tags();
    }

    private void setTags(String id, List<Tag> tags) {
        if (id.startsWith("vpc-")) {
            net().vpcs.put(id, net().vpcs.get(id).toBuilder().tags(tags).build());
        } else if (id.startsWith("subnet-")) {
            net().subnets.put(id, net().subnets.get(id).toBuilder().tags(tags).build());
        } else {
            net().groups.put(id, net().groups.get(id).toBuilder().tags(tags).build());
        }
    }

    /** A resource's tags with {@code added} set: a key given again takes the new value, in its old place. */
    private static List<Tag> merged(List<Tag> current, Seq<Tag> added) {
        List<Tag> result = current.map(t -> added.findLast(a -> a.key().equals(t.key())).getOrElse(t));
        for (Tag a : added) {
            if (!result.exists(t -> t.key().equals(a.key()))) {
                result = result.append(a);
            }
        }
        return result;
    }
}
