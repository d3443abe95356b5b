package io.ecskit.adapter.inmemory;

import io.ecskit.domain.Done;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Tag;
import io.ecskit.domain.elb.Action;
import io.ecskit.domain.elb.ActionTypeEnum;
import io.ecskit.domain.elb.AvailabilityZone;
import io.ecskit.domain.elb.Certificate;
import io.ecskit.domain.elb.CreateListenerInput;
import io.ecskit.domain.elb.CreateLoadBalancerInput;
import io.ecskit.domain.elb.CreateRuleInput;
import io.ecskit.domain.elb.CreateTargetGroupInput;
import io.ecskit.domain.elb.IpAddressType;
import io.ecskit.domain.elb.Listener;
import io.ecskit.domain.elb.LoadBalancer;
import io.ecskit.domain.elb.LoadBalancerAttribute;
import io.ecskit.domain.elb.LoadBalancerSchemeEnum;
import io.ecskit.domain.elb.LoadBalancerState;
import io.ecskit.domain.elb.LoadBalancerStateEnum;
import io.ecskit.domain.elb.LoadBalancerTypeEnum;
import io.ecskit.domain.elb.Matcher;
import io.ecskit.domain.elb.ModifyListenerInput;
import io.ecskit.domain.elb.ModifyRuleInput;
import io.ecskit.domain.elb.ModifyTargetGroupInput;
import io.ecskit.domain.elb.ProtocolEnum;
import io.ecskit.domain.elb.Rule;
import io.ecskit.domain.elb.RulePriorityPair;
import io.ecskit.domain.elb.SubnetMapping;
import io.ecskit.domain.elb.TagDescription;
import io.ecskit.domain.elb.TargetDescription;
import io.ecskit.domain.elb.TargetGroup;
import io.ecskit.domain.elb.TargetGroupAttribute;
import io.ecskit.domain.elb.TargetHealth;
import io.ecskit.domain.elb.TargetHealthDescription;
import io.ecskit.domain.elb.TargetHealthReasonEnum;
import io.ecskit.domain.elb.TargetHealthStateEnum;
import io.ecskit.domain.elb.TargetTypeEnum;
import io.ecskit.domain.error.EcsError;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.network.Subnet;
import io.ecskit.port.out.LoadBalancingPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Elastic Load Balancing v2 in memory (issue 25 item 3), with its checks and errors (docs/ecs-rules.md, "Elastic Load
 * Balancing"). A load balancer is provisioning for a minute, then active; a target group's targets are health-checked on
 * the clock: initial (registration, then the initial checks) for HealthyThresholdCount × HealthCheckIntervalSeconds, then
 * healthy (unhealthy when the simulation says its health checks fail), unused when no listener or rule of a load balancer
 * forwards to the group, draining for the group's deregistration delay after deregistration. Subnets and VPCs are checked
 * against the region's EC2 networking once it has subnets of its own, as ECS's awsvpc checks are.
 */
final class InMemoryLoadBalancing implements LoadBalancingPort {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]+");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    /** How long a new load balancer provisions (ecskit's: AWS takes a few minutes). */
    static final Duration PROVISIONING = Duration.ofMinutes(1);
    /** How long a new target is "in registration" before its initial health checks (ecskit's). */
    static final Duration REGISTRATION = Duration.ofSeconds(10);
    /** The Route 53 hosted zones of load balancers' DNS names (general reference, Elastic Load Balancing endpoints). */
    private static final Map<String, String[]> HOSTED_ZONES = Map.of(
            "us-east-1", new String[]{"Z35SXDOTRQ7X7K", "Z26RNL4JYFTOTI"},
            "us-east-2", new String[]{"Z3AADJGX6KTTL2", "ZLMOA37VPKANP"},
            "us-west-1", new String[]{"Z368ELLRRE2KJ0", "Z24FKFUX50B4VW"},
            "us-west-2", new String[]{"Z1H1FL5HABSF5", "Z18D5FSROUN65G"});

    private final InMemoryState state;

    @Inject
    InMemoryLoadBalancing(InMemoryState state) {
        this.state = state;
    }

    private LoadBalancingState lb() {
        return state.loadBalancing;
    }

    private String arn(String resource) {
        return "arn:aws:elasticloadbalancing:" + state.region.code() + ":" + state.account.value() + ":" + resource;
    }

    private static Option<EcsError> name(String kind, String name) {
        String problem = name.isEmpty() ? "must not be empty" : name.length() > 32 ? "cannot be longer than '32' characters"
                : !NAME.matcher(name).matches() ? "can only contain characters that are alphanumeric characters or hyphens(-)"
                : name.startsWith("-") || name.endsWith("-") ? "cannot begin or end with a hyphen"
                : kind.equals("load balancer") && name.startsWith("internal-") ? "cannot begin with 'internal-'" : null;
        return Option.of(problem).map(p -> EcsError.of(EcsRule.ELB_NAME_VALID, kind, name, p));
    }

    // ---- load balancers ---------------------------------------------------------------------------------------------

    @Override
    public Either<EcsError, LoadBalancer> createLoadBalancer(CreateLoadBalancerInput in) {
        return state.call("CreateLoadBalancer", () -> {
            Option<EcsError> invalid = name("load balancer", in.name());
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
            if (in.customerOwnedIpv4Pool().isDefined() || in.ipamPools().isDefined() || in.enablePrefixForIpv6SourceNat().isDefined()
                    || in.subnetMappings().exists(m -> m.allocationId().isDefined() || m.privateIPv4Address().isDefined()
                    || m.iPv6Address().isDefined() || m.sourceNatIpv6Prefix().isDefined())) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED,
                        "customer-owned IP pools, IPAM pools, IPv6 prefixes and fixed addresses (SubnetMappings beyond SubnetId)"));
            }
            LoadBalancerTypeEnum type = in.type().getOrElse(LoadBalancerTypeEnum.APPLICATION);
            if (type == LoadBalancerTypeEnum.GATEWAY) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "gateway load balancers"));
            }
            List<String> subnets = in.subnets().appendAll(in.subnetMappings().flatMap(m -> m.subnetId())).distinct();
            if (subnets.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.ELB_SUBNET_REQUIRED));
            }
            Either<EcsError, List<AvailabilityZone>> zones = zones(subnets, type);
            if (zones.isLeft()) {
                return Either.left(zones.getLeft());
            }
            // the subnets' VPC; where the region models no networking, one made up from the first subnet (ELB always answers one)
            Option<String> vpc = subnets.flatMap(s -> Option.of(state.network.subnets.get(s)).flatMap(Subnet::vpcId)).headOption()
                    .orElse(() -> state.network.isModelled() ? Option.none() : Option.of("vpc-" + InMemoryEcr.sha256(subnets.head()
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 17)));
            if (subnets.flatMap(s -> Option.of(state.network.subnets.get(s)).flatMap(Subnet::vpcId)).distinct().size() > 1) {
                return Either.left(EcsError.of(EcsRule.ELB_ONE_VPC, subnets.mkString(", ")));
            }
            if (in.tags().size() > 50) {
                return Either.left(EcsError.of(EcsRule.ELB_TAGS_AT_MOST_FIFTY, in.name()));
            }
            LoadBalancerSchemeEnum scheme = in.scheme().getOrElse(LoadBalancerSchemeEnum.INTERNET_FACING);
            IpAddressType addresses = in.ipAddressType().getOrElse(IpAddressType.IPV4);
            // an application load balancer without groups takes its VPC's default group
            // (made up from the VPC's where the region models no networking, as the VPC is)
            List<String> groups = in.securityGroups().isEmpty() && type == LoadBalancerTypeEnum.APPLICATION
                    ? state.network.isModelled() ? List.ofAll(state.network.groups.values()).filter(g -> g.groupName().contains(InMemoryNetwork.DEFAULT_GROUP)
                            && vpc.isDefined() && g.vpcId().equals(vpc)).flatMap(g -> g.groupId())
                            : vpc.map(v -> "sg-" + InMemoryEcr.sha256(v.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 17)).toList()
                    : in.securityGroups();
            Option<LoadBalancingState.Balancer> same = List.ofAll(lb().balancers.values())
                    .find(b -> b.balancer.loadBalancerName().contains(in.name()));
            if (same.isDefined()) {
                LoadBalancer b = same.get().balancer;
                boolean identical = b.type().contains(type) && b.scheme().contains(scheme) && b.ipAddressType().contains(addresses)
                        && b.availabilityZones().flatMap(AvailabilityZone::subnetId).toSet().equals(subnets.toSet())
                        && b.securityGroups().toSet().equals(groups.toSet());
                return identical ? Either.right(view(same.get())) : Either.left(EcsError.of(EcsRule.ELB_LOAD_BALANCER_NAME_UNIQUE, in.name()));
            }
            String kind = type == LoadBalancerTypeEnum.NETWORK ? "net" : "app";
            String arn = arn("loadbalancer/" + kind + "/" + in.name() + "/" + state.newId(16));
            String digits = String.valueOf(1_000_000_000L + Math.floorMod(state.random.nextLong(), 8_999_999_999L));
            String dns = (scheme == LoadBalancerSchemeEnum.INTERNAL ? "internal-" : "") + in.name() + "-" + digits + "." + state.region.code()
                    + ".elb.amazonaws.com";
            Instant now = state.now();
            LoadBalancer made = LoadBalancer.builder().loadBalancerArn(arn).dNSName(dns)
                    .canonicalHostedZoneId(Option.of(HOSTED_ZONES.get(state.region.code())).map(z -> z[kind.equals("net") ? 1 : 0]))
                    .createdTime(now).loadBalancerName(in.name()).scheme(scheme).vpcId(vpc).type(type).availabilityZones(zones.get())
                    .securityGroups(groups).ipAddressType(addresses).build();
            lb().balancers.put(arn, new LoadBalancingState.Balancer(made, now, loadBalancerDefaults(type), in.tags()));
            return Either.right(view(lb().balancers.get(arn)));
        });
    }

    /** The load balancer's Availability Zones, one per subnet (known subnets: their zone; others: the region's zones in order). */
    private Either<EcsError, List<AvailabilityZone>> zones(List<String> subnets, LoadBalancerTypeEnum type) {
        List<AvailabilityZone> zones = List.empty();
        for (int i = 0; i < subnets.size(); i++) {
            String id = subnets.get(i);
            Subnet known = state.network.subnets.get(id);
            if (known == null && state.network.isModelled()) {
                return Either.left(EcsError.of(EcsRule.ELB_SUBNET_FOUND, id));
            }
            String zone = known != null ? known.availabilityZone().getOrElse(state.region.code() + "a")
                    : state.region.code() + (char) ('a' + i % 6);
            zones = zones.append(AvailabilityZone.builder().zoneName(zone).subnetId(id).build());
        }
        if (zones.map(z -> z.zoneName().get()).distinct().size() < zones.size()) {
            return Either.left(EcsError.of(EcsRule.ELB_SUBNET_ONE_PER_ZONE));
        }
        if (type == LoadBalancerTypeEnum.APPLICATION && zones.size() < 2) {
            return Either.left(EcsError.of(EcsRule.ELB_SUBNETS_TWO_ZONES));
        }
        return Either.right(zones);
    }

    /** The load balancer as it stands on the clock: provisioning for a minute, then active. */
    private LoadBalancer view(LoadBalancingState.Balancer b) {
        boolean active = !state.now().isBefore(b.createdAt.plus(PROVISIONING));
        return b.balancer.toBuilder().state(new LoadBalancerState(Option.of(active ? LoadBalancerStateEnum.ACTIVE : LoadBalancerStateEnum.PROVISIONING),
                Option.none())).build();
    }

    private Either<EcsError, LoadBalancingState.Balancer> balancer(String arn) {
        return Option.of(lb().balancers.get(arn)).toEither(() -> EcsError.of(EcsRule.ELB_LOAD_BALANCER_FOUND));
    }

    @Override
    public Either<EcsError, Seq<LoadBalancer>> loadBalancers(Seq<String> arns, Seq<String> names) {
        return state.call("DescribeLoadBalancers", () -> {
            List<LoadBalancingState.Balancer> all = List.ofAll(lb().balancers.values());
            if (arns.exists(a -> !lb().balancers.containsKey(a))) {
                return Either.left(EcsError.of(EcsRule.ELB_LOAD_BALANCER_FOUND));
            }
            if (names.exists(n -> all.forAll(b -> !b.balancer.loadBalancerName().contains(n)))) {
                return Either.left(EcsError.of(EcsRule.ELB_LOAD_BALANCER_FOUND));
            }
            return Either.right(all.filter(b -> arns.isEmpty() || arns.contains(b.balancer.loadBalancerArn().get()))
                    .filter(b -> names.isEmpty() || names.contains(b.balancer.loadBalancerName().get())).map(this::view));
        });
    }

    @Override
    public Either<EcsError, Done> deleteLoadBalancer(String arn) {
        return state.call("DeleteLoadBalancer", () -> {
            LoadBalancingState.Balancer b = lb().balancers.get(arn);
            if (b == null) {
                return Either.right(Done.DONE);     // ELB answers a deleted (or never made) load balancer's deletion with success
            }
            if ("true".equals(b.attributes.get("deletion_protection.enabled"))) {
                return Either.left(EcsError.of(EcsRule.ELB_DELETION_PROTECTED, arn));
            }
            lb().listeners.values().removeIf(l -> l.listener.loadBalancerArn().contains(arn));
            lb().balancers.remove(arn);
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, Seq<LoadBalancerAttribute>> loadBalancerAttributes(String arn) {
        return state.call("DescribeLoadBalancerAttributes", () -> balancer(arn).map(b -> List.ofAll(b.attributes.entrySet())
                .map(e -> new LoadBalancerAttribute(Option.of(e.getKey()), Option.of(e.getValue())))));
    }

    @Override
    public Either<EcsError, Seq<LoadBalancerAttribute>> modifyLoadBalancerAttributes(String arn, Seq<LoadBalancerAttribute> attributes) {
        return state.call("ModifyLoadBalancerAttributes", () -> balancer(arn).flatMap(b -> {
            for (LoadBalancerAttribute a : attributes) {
                Option<EcsError> bad = attribute("Load balancer", b.attributes, a.key(), a.value());
                if (bad.isDefined()) {
                    return Either.left(bad.get());
                }
            }
            attributes.forEach(a -> b.attributes.put(a.key().get(), a.value().get()));
            return Either.right(List.ofAll(b.attributes.entrySet()).map(e -> new LoadBalancerAttribute(Option.of(e.getKey()), Option.of(e.getValue()))));
        }));
    }

    /** An attribute the resource's type has, with a value it takes (booleans for {@code .enabled}, numbers for seconds). */
    private static Option<EcsError> attribute(String kind, Map<String, String> known, Option<String> givenKey, Option<String> givenValue) {
        if (givenKey.isEmpty() || givenValue.isEmpty()) {
            return Option.of(EcsError.of(EcsRule.ELB_ATTRIBUTE_VALID, kind, givenKey.getOrElse(""), "needs a key and a value"));
        }
        String key = givenKey.get();
        String value = givenValue.get();
        if (!known.containsKey(key)) {
            return Option.of(EcsError.of(EcsRule.ELB_ATTRIBUTE_VALID, kind, key, "is not recognized"));
        }
        if (key.endsWith(".enabled") && !value.equals("true") && !value.equals("false")) {
            return Option.of(EcsError.of(EcsRule.ELB_ATTRIBUTE_VALID, kind, key, "must be true or false, not '" + value + "'"));
        }
        if (key.endsWith("seconds") || key.endsWith(".count")) {
            long n;
            try {
                n = Long.parseLong(value);
            } catch (NumberFormatException notANumber) {
                return Option.of(EcsError.of(EcsRule.ELB_ATTRIBUTE_VALID, kind, key, "must be a whole number, not '" + value + "'"));
            }
            long[] range = switch (key) {
                case "deregistration_delay.timeout_seconds" -> new long[]{0, 3600};
                case "idle_timeout.timeout_seconds" -> new long[]{1, 4000};
                case "slow_start.duration_seconds" -> new long[]{0, 900};
                case "stickiness.lb_cookie.duration_seconds", "stickiness.app_cookie.duration_seconds" -> new long[]{1, 604_800};
                case "client_keep_alive.seconds" -> new long[]{60, 604_800};
                case "tcp.idle_timeout.seconds" -> new long[]{60, 6000};
                default -> new long[]{0, Long.MAX_VALUE};
            };
            if (n < range[0] || n > range[1]) {
                return Option.of(EcsError.of(EcsRule.ELB_ATTRIBUTE_VALID, kind, key, "must be from " + range[0] + " to " + range[1] + ", not " + n));
            }
        }
        return Option.none();
    }

    /** What DescribeLoadBalancerAttributes answers for a new load balancer (an application one's 22 keys, a network one's). */
    private static Map<String, String> loadBalancerDefaults(LoadBalancerTypeEnum type) {
        Map<String, String> a = new LinkedHashMap<>();
        for (String prefix : new String[]{"access_logs.s3", "connection_logs.s3", "health_check_logs.s3"}) {
            if (type == LoadBalancerTypeEnum.NETWORK && !prefix.equals("access_logs.s3")) {
                continue;
            }
            a.put(prefix + ".enabled", "false");
            a.put(prefix + ".bucket", "");
            a.put(prefix + ".prefix", "");
        }
        a.put("deletion_protection.enabled", "false");
        if (type == LoadBalancerTypeEnum.NETWORK) {
            a.put("load_balancing.cross_zone.enabled", "false");
            a.put("dns_record.client_routing_policy", "any_availability_zone");
            return a;
        }
        a.put("idle_timeout.timeout_seconds", "60");
        a.put("routing.http2.enabled", "true");
        a.put("routing.http.drop_invalid_header_fields.enabled", "false");
        a.put("routing.http.xff_client_port.enabled", "false");
        a.put("routing.http.preserve_host_header.enabled", "false");
        a.put("routing.http.xff_header_processing.mode", "append");
        a.put("load_balancing.cross_zone.enabled", "true");
        a.put("routing.http.desync_mitigation_mode", "defensive");
        a.put("client_keep_alive.seconds", "3600");
        a.put("waf.fail_open.enabled", "false");
        a.put("routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "false");
        a.put("zonal_shift.config.enabled", "false");
        return a;
    }

    // ---- target groups ----------------------------------------------------------------------------------------------

    @Override
    public Either<EcsError, TargetGroup> createTargetGroup(CreateTargetGroupInput in) {
        return state.call("CreateTargetGroup", () -> {
            Option<EcsError> invalid = name("target group", in.name());
            if (invalid.isDefined()) {
                return Either.left(invalid.get());
            }
            TargetTypeEnum type = in.targetType().getOrElse(TargetTypeEnum.INSTANCE);
            if (type == TargetTypeEnum.LAMBDA || type == TargetTypeEnum.ALB) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "target type " + type.wire()));
            }
            if (in.targetControlPort().isDefined() || in.ipAddressType().exists(t -> t != io.ecskit.domain.elb.TargetGroupIpAddressTypeEnum.IPV4)) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "TargetControlPort and IPv6 target groups"));
            }
            for (var required : List.of(io.vavr.Tuple.of(in.port().isEmpty(), "port"), io.vavr.Tuple.of(in.protocol().isEmpty(), "protocol"),
                    io.vavr.Tuple.of(in.vpcId().isEmpty(), "VPC ID"))) {
                if (required._1) {
                    return Either.left(EcsError.of(EcsRule.ELB_TARGET_GROUP_REQUIRES, required._2));
                }
            }
            if (state.network.isModelled() && !state.network.vpcs.containsKey(in.vpcId().get())) {
                return Either.left(EcsError.of(EcsRule.ELB_VPC_FOUND, in.vpcId().get()));
            }
            if (in.tags().size() > 50) {
                return Either.left(EcsError.of(EcsRule.ELB_TAGS_AT_MOST_FIFTY, in.name()));
            }
            ProtocolEnum protocol = in.protocol().get();
            boolean http = protocol == ProtocolEnum.HTTP || protocol == ProtocolEnum.HTTPS;
            ProtocolEnum checkProtocol = in.healthCheckProtocol().getOrElse(http ? protocol : ProtocolEnum.TCP);
            boolean httpCheck = checkProtocol == ProtocolEnum.HTTP || checkProtocol == ProtocolEnum.HTTPS;
            TargetGroup group = TargetGroup.builder().targetGroupName(in.name()).protocol(protocol).port(in.port()).vpcId(in.vpcId())
                    .healthCheckProtocol(checkProtocol).healthCheckPort(in.healthCheckPort().getOrElse("traffic-port"))
                    .healthCheckEnabled(in.healthCheckEnabled().getOrElse(true))
                    .healthCheckIntervalSeconds(in.healthCheckIntervalSeconds().getOrElse(30))
                    .healthCheckTimeoutSeconds(in.healthCheckTimeoutSeconds().getOrElse(httpCheck ? 5 : 10))
                    .healthyThresholdCount(in.healthyThresholdCount().getOrElse(5))
                    .unhealthyThresholdCount(in.unhealthyThresholdCount().getOrElse(2))
                    .healthCheckPath(httpCheck ? Option.of(in.healthCheckPath().getOrElse("/")) : Option.none())
                    .matcher(httpCheck ? Option.of(in.matcher().getOrElse(new Matcher(Option.of("200"), Option.none()))) : Option.none())
                    .targetType(type).protocolVersion(http ? Option.of(in.protocolVersion().getOrElse("HTTP1")) : Option.none())
                    .ipAddressType(io.ecskit.domain.elb.TargetGroupIpAddressTypeEnum.IPV4).build();
            Option<LoadBalancingState.Group> same = List.ofAll(lb().groups.values()).find(g -> g.group.targetGroupName().contains(in.name()));
            if (same.isDefined()) {
                TargetGroup existing = same.get().group.toBuilder().targetGroupArn(Option.none()).loadBalancerArns(List.empty()).build();
                return existing.equals(group) ? Either.right(view(same.get())) : Either.left(EcsError.of(EcsRule.ELB_TARGET_GROUP_NAME_UNIQUE, in.name()));
            }
            String arn = arn("targetgroup/" + in.name() + "/" + state.newId(16));
            lb().groups.put(arn, new LoadBalancingState.Group(group.toBuilder().targetGroupArn(arn).build(), targetGroupDefaults(http), in.tags()));
            return Either.right(view(lb().groups.get(arn)));
        });
    }

    /** The target group with the load balancers that forward to it (through a listener's default actions or a rule). */
    private TargetGroup view(LoadBalancingState.Group g) {
        String arn = g.group.targetGroupArn().get();
        List<String> balancers = List.ofAll(lb().listeners.values()).filter(l -> List.ofAll(l.rules.values())
                        .exists(r -> forwardsTo(r.rule.actions(), arn)))
                .flatMap(l -> l.listener.loadBalancerArn()).distinct();
        return g.group.toBuilder().loadBalancerArns(balancers).build();
    }

    /** The target groups actions forward to. */
    static List<String> targetGroupsOf(Seq<Action> actions) {
        return actions.toList().filter(a -> a.type() == ActionTypeEnum.FORWARD)
                .flatMap(a -> a.targetGroupArn().toList().appendAll(a.forwardConfig().toList()
                        .flatMap(f -> f.targetGroups().flatMap(t -> t.targetGroupArn())))).distinct();
    }

    private static boolean forwardsTo(Seq<Action> actions, String targetGroupArn) {
        return targetGroupsOf(actions).contains(targetGroupArn);
    }

    private Either<EcsError, LoadBalancingState.Group> group(String arn) {
        return Option.of(lb().groups.get(arn)).toEither(() -> EcsError.of(EcsRule.ELB_TARGET_GROUP_FOUND));
    }

    @Override
    public Either<EcsError, Seq<TargetGroup>> targetGroups(Option<String> loadBalancerArn, Seq<String> arns, Seq<String> names) {
        return state.call("DescribeTargetGroups", () -> {
            if (loadBalancerArn.isDefined() && !lb().balancers.containsKey(loadBalancerArn.get())) {
                return Either.left(EcsError.of(EcsRule.ELB_LOAD_BALANCER_FOUND));
            }
            List<TargetGroup> all = List.ofAll(lb().groups.values()).map(this::view);
            if (arns.exists(a -> !lb().groups.containsKey(a)) || names.exists(n -> all.forAll(g -> !g.targetGroupName().contains(n)))) {
                return Either.left(EcsError.of(EcsRule.ELB_TARGET_GROUP_FOUND));
            }
            return Either.right(all.filter(g -> arns.isEmpty() || arns.contains(g.targetGroupArn().get()))
                    .filter(g -> names.isEmpty() || names.contains(g.targetGroupName().get()))
                    .filter(g -> loadBalancerArn.forAll(g.loadBalancerArns()::contains)));
        });
    }

    @Override
    public Either<EcsError, TargetGroup> modifyTargetGroup(ModifyTargetGroupInput in) {
        return state.call("ModifyTargetGroup", () -> group(in.targetGroupArn()).map(g -> {
            TargetGroup t = g.group;
            g.group = t.toBuilder().healthCheckProtocol(in.healthCheckProtocol().orElse(t.healthCheckProtocol()))
                    .healthCheckPort(in.healthCheckPort().orElse(t.healthCheckPort())).healthCheckPath(in.healthCheckPath().orElse(t.healthCheckPath()))
                    .healthCheckEnabled(in.healthCheckEnabled().orElse(t.healthCheckEnabled()))
                    .healthCheckIntervalSeconds(in.healthCheckIntervalSeconds().orElse(t.healthCheckIntervalSeconds()))
                    .healthCheckTimeoutSeconds(in.healthCheckTimeoutSeconds().orElse(t.healthCheckTimeoutSeconds()))
                    .healthyThresholdCount(in.healthyThresholdCount().orElse(t.healthyThresholdCount()))
                    .unhealthyThresholdCount(in.unhealthyThresholdCount().orElse(t.unhealthyThresholdCount()))
                    .matcher(in.matcher().orElse(t.matcher())).build();
            return view(g);
        }));
    }

    @Override
    public Either<EcsError, Done> deleteTargetGroup(String arn) {
        return state.call("DeleteTargetGroup", () -> {
            if (!lb().groups.containsKey(arn)) {
                return Either.right(Done.DONE);     // as ELB answers a group that is gone
            }
            boolean used = lb().listeners.values().stream().anyMatch(l -> l.rules.values().stream().anyMatch(r -> forwardsTo(r.rule.actions(), arn)));
            if (used) {
                return Either.left(EcsError.of(EcsRule.ELB_TARGET_GROUP_IN_USE, arn));
            }
            lb().groups.remove(arn);
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, Seq<TargetGroupAttribute>> targetGroupAttributes(String arn) {
        return state.call("DescribeTargetGroupAttributes", () -> group(arn).map(g -> List.ofAll(g.attributes.entrySet())
                .map(e -> new TargetGroupAttribute(Option.of(e.getKey()), Option.of(e.getValue())))));
    }

    @Override
    public Either<EcsError, Seq<TargetGroupAttribute>> modifyTargetGroupAttributes(String arn, Seq<TargetGroupAttribute> attributes) {
        return state.call("ModifyTargetGroupAttributes", () -> group(arn).flatMap(g -> {
            for (TargetGroupAttribute a : attributes) {
                Option<EcsError> bad = attribute("Target group", g.attributes, a.key(), a.value());
                if (bad.isDefined()) {
                    return Either.left(bad.get());
                }
            }
            attributes.forEach(a -> g.attributes.put(a.key().get(), a.value().get()));
            return Either.right(List.ofAll(g.attributes.entrySet()).map(e -> new TargetGroupAttribute(Option.of(e.getKey()), Option.of(e.getValue()))));
        }));
    }

    /** What DescribeTargetGroupAttributes answers for a new target group. */
    private static Map<String, String> targetGroupDefaults(boolean http) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("deregistration_delay.timeout_seconds", "300");
        a.put("stickiness.enabled", "false");
        if (http) {
            a.put("stickiness.type", "lb_cookie");
            a.put("stickiness.lb_cookie.duration_seconds", "86400");
            a.put("stickiness.app_cookie.cookie_name", "");
            a.put("stickiness.app_cookie.duration_seconds", "86400");
            a.put("slow_start.duration_seconds", "0");
            a.put("load_balancing.algorithm.type", "round_robin");
            a.put("load_balancing.algorithm.anomaly_mitigation", "off");
        } else {
            a.put("stickiness.type", "source_ip");
            a.put("proxy_protocol_v2.enabled", "false");
            a.put("preserve_client_ip.enabled", "true");
            a.put("deregistration_delay.connection_termination.enabled", "false");
        }
        a.put("load_balancing.cross_zone.enabled", "use_load_balancer_configuration");
        a.put("target_group_health.dns_failover.minimum_healthy_targets.count", "1");
        a.put("target_group_health.dns_failover.minimum_healthy_targets.percentage", "off");
        a.put("target_group_health.unhealthy_state_routing.minimum_healthy_targets.count", "1");
        a.put("target_group_health.unhealthy_state_routing.minimum_healthy_targets.percentage", "off");
        return a;
    }

    // ---- listeners and rules ------------------------------------------------------------------------------------------

    /** The protocols a load balancer's type takes for its listeners. */
    private static List<ProtocolEnum> listenerProtocols(LoadBalancer b) {
        return b.type().contains(LoadBalancerTypeEnum.NETWORK) ? List.of(ProtocolEnum.TLS, ProtocolEnum.TCP, ProtocolEnum.TCP_UDP, ProtocolEnum.UDP)
                : List.of(ProtocolEnum.HTTPS, ProtocolEnum.HTTP);
    }

    /** Actions a listener or rule of {@code b} can take: forward's target groups exist, in its VPC, with protocols that go together. */
    private Option<EcsError> actions(LoadBalancer b, Seq<Action> actions) {
        if (actions.isEmpty()) {
            return Option.of(EcsError.of(EcsRule.ELB_ACTIONS_VALID, "at least one action is required"));
        }
        for (Action a : actions) {
            if (a.type() == ActionTypeEnum.FORWARD && a.targetGroupArn().isEmpty() && a.forwardConfig().forAll(f -> f.targetGroups().isEmpty())) {
                return Option.of(EcsError.of(EcsRule.ELB_ACTIONS_VALID, "a forward action needs a target group"));
            }
            if (a.forwardConfig().exists(f -> f.targetGroups().size() > 5)) {
                return Option.of(EcsError.of(EcsRule.ELB_ACTIONS_VALID, "a forward action takes at most 5 target groups"));
            }
            if (a.forwardConfig().exists(f -> f.targetGroups().exists(t -> t.weight().exists(w -> w < 0 || w > 999)))) {
                return Option.of(EcsError.of(EcsRule.ELB_ACTIONS_VALID, "a target group's weight is from 0 to 999"));
            }
            if (a.targetGroupArn().isDefined() && a.forwardConfig().exists(f -> f.targetGroups().exists(t -> !t.targetGroupArn().equals(a.targetGroupArn())))) {
                return Option.of(EcsError.of(EcsRule.ELB_ACTIONS_VALID, "TargetGroupArn and ForwardConfig name different target groups"));
            }
            if (a.type() != ActionTypeEnum.FORWARD && (a.targetGroupArn().isDefined() || a.forwardConfig().isDefined())) {
                return Option.of(EcsError.of(EcsRule.ELB_ACTIONS_VALID, "only a forward action names target groups"));
            }
        }
        for (String arn : targetGroupsOf(actions)) {
            LoadBalancingState.Group g = lb().groups.get(arn);
            if (g == null) {
                return Option.of(EcsError.of(EcsRule.ELB_TARGET_GROUP_FOUND));
            }
            if (state.network.isModelled() && b.vpcId().isDefined() && !g.group.vpcId().equals(b.vpcId())) {
                return Option.of(EcsError.of(EcsRule.ELB_TARGET_GROUP_SAME_VPC, arn, b.loadBalancerArn().get()));
            }
            if (view(g).loadBalancerArns().exists(other -> !b.loadBalancerArn().contains(other))) {
                return Option.of(EcsError.of(EcsRule.ELB_TARGET_GROUP_ONE_LOAD_BALANCER, arn));
            }
            boolean httpGroup = g.group.protocol().exists(p -> p == ProtocolEnum.HTTP || p == ProtocolEnum.HTTPS);
            boolean application = !b.type().contains(LoadBalancerTypeEnum.NETWORK);
            if (httpGroup != application) {
                return Option.of(EcsError.of(EcsRule.ELB_PROTOCOLS_COMPATIBLE, arn));
            }
        }
        return Option.none();
    }

    private Either<EcsError, LoadBalancingState.ListenerEntry> listener(String arn) {
        return Option.of(lb().listeners.get(arn)).toEither(() -> EcsError.of(EcsRule.ELB_LISTENER_FOUND));
    }

    @Override
    public Either<EcsError, Listener> createListener(CreateListenerInput in) {
        return state.call("CreateListener", () -> balancer(in.loadBalancerArn()).flatMap(b -> {
            LoadBalancer balancer = b.balancer;
            if (in.mutualAuthentication().isDefined()) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "MutualAuthentication"));
            }
            ProtocolEnum protocol = in.protocol().getOrElse(balancer.type().contains(LoadBalancerTypeEnum.NETWORK) ? ProtocolEnum.TCP : ProtocolEnum.HTTP);
            if (!listenerProtocols(balancer).contains(protocol)) {
                return Either.left(EcsError.of(EcsRule.ELB_LISTENER_PROTOCOL, protocol.wire(), listenerProtocols(balancer).map(ProtocolEnum::wire).mkString(", ")));
            }
            int port = in.port().getOrElse(protocol == ProtocolEnum.HTTPS || protocol == ProtocolEnum.TLS ? 443 : 80);
            if (port < 1 || port > 65535) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + port + "'", "port",
                        port < 1 ? "have value greater than or equal to 1" : "have value less than or equal to 65535")), "ValidationError"));
            }
            if ((protocol == ProtocolEnum.HTTPS || protocol == ProtocolEnum.TLS) && in.certificates().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.ELB_ACTIONS_VALID, "an " + protocol.wire() + " listener needs a certificate"));
            }
            Option<EcsError> bad = actions(balancer, in.defaultActions());
            if (bad.isDefined()) {
                return Either.left(bad.get());
            }
            Option<LoadBalancingState.ListenerEntry> onPort = List.ofAll(lb().listeners.values())
                    .find(l -> l.listener.loadBalancerArn().contains(in.loadBalancerArn()) && l.listener.port().contains(port));
            if (onPort.isDefined()) {
                Listener l = onPort.get().listener;
                boolean identical = l.protocol().contains(protocol) && l.defaultActions().equals(in.defaultActions()) && l.certificates().equals(in.certificates());
                return identical ? Either.right(l) : Either.left(EcsError.of(EcsRule.ELB_LISTENER_PORT_UNIQUE, in.loadBalancerArn()));
            }
            String lbPath = in.loadBalancerArn().substring(in.loadBalancerArn().indexOf(":loadbalancer/") + ":loadbalancer/".length());
            String arn = arn("listener/" + lbPath + "/" + state.newId(16));
            Listener listener = Listener.builder().listenerArn(arn).loadBalancerArn(in.loadBalancerArn()).port(port).protocol(protocol)
                    .certificates(in.certificates()).sslPolicy(in.sslPolicy().orElse(() -> protocol == ProtocolEnum.HTTPS || protocol == ProtocolEnum.TLS
                            ? Option.of("ELBSecurityPolicy-2016-08") : Option.none()))
                    .defaultActions(in.defaultActions()).alpnPolicy(in.alpnPolicy()).build();
            LoadBalancingState.ListenerEntry entry = new LoadBalancingState.ListenerEntry(listener, in.tags());
            String ruleArn = arn("listener-rule/" + lbPath + "/" + arn.substring(arn.lastIndexOf('/') + 1) + "/" + state.newId(16));
            entry.rules.put(ruleArn, new LoadBalancingState.RuleEntry(Rule.builder().ruleArn(ruleArn).priority("default")
                    .actions(in.defaultActions()).isDefault(true).build(), List.empty()));
            lb().listeners.put(arn, entry);
            return Either.right(listener);
        }));
    }

    @Override
    public Either<EcsError, Seq<Listener>> listeners(Option<String> loadBalancerArn, Seq<String> arns) {
        return state.call("DescribeListeners", () -> {
            if (loadBalancerArn.isEmpty() && arns.isEmpty()) {
                return Either.left(new EcsError.Other("ValidationError", "One of LoadBalancerArn and ListenerArns is required", Option.none()));
            }
            if (loadBalancerArn.isDefined() && !lb().balancers.containsKey(loadBalancerArn.get())) {
                return Either.left(EcsError.of(EcsRule.ELB_LOAD_BALANCER_FOUND));
            }
            if (arns.exists(a -> !lb().listeners.containsKey(a))) {
                return Either.left(EcsError.of(EcsRule.ELB_LISTENER_FOUND));
            }
            return Either.right(List.ofAll(lb().listeners.values()).map(l -> l.listener)
                    .filter(l -> loadBalancerArn.forAll(a -> l.loadBalancerArn().contains(a)))
                    .filter(l -> arns.isEmpty() || arns.contains(l.listenerArn().get())));
        });
    }

    @Override
    public Either<EcsError, Listener> modifyListener(ModifyListenerInput in) {
        return state.call("ModifyListener", () -> listener(in.listenerArn()).flatMap(entry -> {
            Listener l = entry.listener;
            LoadBalancer balancer = lb().balancers.get(l.loadBalancerArn().get()).balancer;
            if (in.mutualAuthentication().isDefined()) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "MutualAuthentication"));
            }
            ProtocolEnum protocol = in.protocol().orElse(l.protocol()).get();
            if (!listenerProtocols(balancer).contains(protocol)) {
                return Either.left(EcsError.of(EcsRule.ELB_LISTENER_PROTOCOL, protocol.wire(), listenerProtocols(balancer).map(ProtocolEnum::wire).mkString(", ")));
            }
            int port = in.port().orElse(l.port()).get();
            if (port < 1 || port > 65535) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + port + "'", "port",
                        port < 1 ? "have value greater than or equal to 1" : "have value less than or equal to 65535")), "ValidationError"));
            }
            boolean secure = protocol == ProtocolEnum.HTTPS || protocol == ProtocolEnum.TLS;
            if (secure && in.certificates().isEmpty() && l.certificates().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.ELB_ACTIONS_VALID, "an " + protocol.wire() + " listener needs a certificate"));
            }
            if (in.port().isDefined() && lb().listeners.values().stream().anyMatch(o -> o != entry && o.listener.loadBalancerArn().equals(l.loadBalancerArn())
                    && o.listener.port().contains(port))) {
                return Either.left(EcsError.of(EcsRule.ELB_LISTENER_PORT_IN_USE, port));
            }
            List<Action> actions = in.defaultActions().isEmpty() ? l.defaultActions() : in.defaultActions();
            Option<EcsError> bad = actions(balancer, actions);
            if (bad.isDefined()) {
                return Either.left(bad.get());
            }
            // a listener that is no longer HTTPS or TLS keeps no certificates or security policy
            entry.listener = l.toBuilder().port(port).protocol(protocol).certificates(!secure ? List.empty() : in.certificates().isEmpty() ? l.certificates()
                            : in.certificates())
                    .sslPolicy(secure ? in.sslPolicy().orElse(l.sslPolicy()) : Option.none()).defaultActions(actions)
                    .alpnPolicy(in.alpnPolicy().isEmpty() ? l.alpnPolicy() : in.alpnPolicy()).build();
            entry.rules.replaceAll((arn, r) -> r.rule.isDefault().getOrElse(false)
                    ? new LoadBalancingState.RuleEntry(r.rule.toBuilder().actions(actions).build(), r.tags) : r);
            return Either.right(entry.listener);
        }));
    }

    @Override
    public Either<EcsError, Done> deleteListener(String arn) {
        return state.call("DeleteListener", () -> listener(arn).map(l -> {
            lb().listeners.remove(arn);
            return Done.DONE;
        }));
    }

    private Option<LoadBalancingState.ListenerEntry> owner(String ruleArn) {
        return lb().ownerOfRule(ruleArn);
    }

    @Override
    public Either<EcsError, Rule> createRule(CreateRuleInput in) {
        return state.call("CreateRule", () -> listener(in.listenerArn()).flatMap(entry -> {
            LoadBalancer balancer = lb().balancers.get(entry.listener.loadBalancerArn().get()).balancer;
            if (!in.transforms().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "rule Transforms"));
            }
            if (in.conditions().isEmpty() || in.conditions().exists(c -> c.field().isEmpty())) {
                return Either.left(EcsError.of(EcsRule.ELB_CONDITIONS_REQUIRED));
            }
            if (in.priority() < 1 || in.priority() > 50_000) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + in.priority() + "'", "priority",
                        in.priority() < 1 ? "have value greater than or equal to 1" : "have value less than or equal to 50000")), "ValidationError"));
            }
            if (entry.rules.values().stream().anyMatch(r -> r.rule.priority().contains(String.valueOf(in.priority())))) {
                return Either.left(EcsError.of(EcsRule.ELB_PRIORITY_UNIQUE, in.priority()));
            }
            Option<EcsError> bad = actions(balancer, in.actions());
            if (bad.isDefined()) {
                return Either.left(bad.get());
            }
            String listenerArn = in.listenerArn();
            String path = listenerArn.substring(listenerArn.indexOf(":listener/") + ":listener/".length());
            String arn = arn("listener-rule/" + path + "/" + state.newId(16));
            Rule rule = Rule.builder().ruleArn(arn).priority(String.valueOf(in.priority())).conditions(in.conditions()).actions(in.actions())
                    .isDefault(false).build();
            entry.rules.put(arn, new LoadBalancingState.RuleEntry(rule, in.tags()));
            return Either.right(rule);
        }));
    }

    @Override
    public Either<EcsError, Seq<Rule>> rules(Option<String> listenerArn, Seq<String> arns) {
        return state.call("DescribeRules", () -> {
            if (listenerArn.isDefined() && !lb().listeners.containsKey(listenerArn.get())) {
                return Either.left(EcsError.of(EcsRule.ELB_LISTENER_FOUND));
            }
            if (arns.exists(a -> owner(a).isEmpty())) {
                return Either.left(EcsError.of(EcsRule.ELB_RULE_FOUND));
            }
            return Either.right(List.ofAll(lb().listeners.values()).filter(l -> listenerArn.forAll(a -> l.listener.listenerArn().contains(a)))
                    .flatMap(l -> List.ofAll(l.rules.values()).map(r -> r.rule)
                            .sortBy(r -> r.isDefault().getOrElse(false) ? Integer.MAX_VALUE : Integer.parseInt(r.priority().get())))
                    .filter(r -> arns.isEmpty() || arns.contains(r.ruleArn().get())));
        });
    }

    @Override
    public Either<EcsError, Rule> modifyRule(ModifyRuleInput in) {
        return state.call("ModifyRule", () -> owner(in.ruleArn()).toEither(() -> EcsError.of(EcsRule.ELB_RULE_FOUND)).flatMap(entry -> {
            LoadBalancingState.RuleEntry r = entry.rules.get(in.ruleArn());
            if (!in.transforms().isEmpty() || in.resetTransforms().isDefined()) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "rule Transforms"));
            }
            if (r.rule.isDefault().getOrElse(false)) {
                return Either.left(EcsError.of(EcsRule.ELB_DEFAULT_RULE, in.ruleArn(), "modified"));
            }
            if (in.conditions().exists(c -> c.field().isEmpty())) {
                return Either.left(EcsError.of(EcsRule.ELB_CONDITIONS_REQUIRED));
            }
            LoadBalancer balancer = lb().balancers.get(entry.listener.loadBalancerArn().get()).balancer;
            List<Action> actions = in.actions().isEmpty() ? r.rule.actions() : in.actions();
            Option<EcsError> bad = actions(balancer, actions);
            if (bad.isDefined()) {
                return Either.left(bad.get());
            }
            r.rule = r.rule.toBuilder().conditions(in.conditions().isEmpty() ? r.rule.conditions() : in.conditions()).actions(actions).build();
            return Either.right(r.rule);
        }));
    }

    @Override
    public Either<EcsError, Seq<Rule>> setRulePriorities(Seq<RulePriorityPair> priorities) {
        return state.call("SetRulePriorities", () -> {
            for (RulePriorityPair p : priorities) {
                String arn = p.ruleArn().getOrElse("");
                Option<LoadBalancingState.ListenerEntry> entry = owner(arn);
                if (entry.isEmpty()) {
                    return Either.left(EcsError.of(EcsRule.ELB_RULE_FOUND));
                }
                if (entry.get().rules.get(arn).rule.isDefault().getOrElse(false)) {
                    return Either.left(EcsError.of(EcsRule.ELB_DEFAULT_RULE, arn, "given a priority"));
                }
                int priority = p.priority().getOrElse(0);
                if (priority < 1 || priority > 50_000) {
                    return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + priority + "'", "priority",
                            "have value between 1 and 50000")), "ValidationError"));
                }
                boolean taken = entry.get().rules.values().stream().anyMatch(r -> !r.rule.ruleArn().contains(arn)
                        && priorities.forAll(q -> !q.ruleArn().equals(r.rule.ruleArn())) && r.rule.priority().contains(String.valueOf(priority)));
                if (taken || priority < 1 || priority > 50_000 || priorities.count(q -> q.priority().contains(priority)
                        && owner(q.ruleArn().getOrElse("")).equals(entry)) > 1) {
                    return Either.left(EcsError.of(EcsRule.ELB_PRIORITY_UNIQUE, priority));
                }
            }
            List<Rule> changed = List.empty();
            for (RulePriorityPair p : priorities) {
                LoadBalancingState.RuleEntry r = owner(p.ruleArn().get()).get().rules.get(p.ruleArn().get());
                r.rule = r.rule.toBuilder().priority(String.valueOf(p.priority().get())).build();
                changed = changed.append(r.rule);
            }
            return Either.right(changed);
        });
    }

    @Override
    public Either<EcsError, Done> deleteRule(String arn) {
        return state.call("DeleteRule", () -> owner(arn).toEither(() -> EcsError.of(EcsRule.ELB_RULE_FOUND)).flatMap(entry -> {
            if (entry.rules.get(arn).rule.isDefault().getOrElse(false)) {
                return Either.left(EcsError.of(EcsRule.ELB_DEFAULT_RULE, arn, "deleted"));
            }
            entry.rules.remove(arn);
            return Either.right(Done.DONE);
        }));
    }

    // ---- load balancers: security groups, subnets, addresses, capacity -----------------------------------------------

    @Override
    public Either<EcsError, LoadBalancer> setSecurityGroups(String loadBalancerArn, Seq<String> securityGroups, Option<String> enforce) {
        return state.call("SetSecurityGroups", () -> balancer(loadBalancerArn).flatMap(b -> {
            boolean network = b.balancer.type().contains(LoadBalancerTypeEnum.NETWORK);
            if (network && b.balancer.securityGroups().isEmpty()) {
                return Either.left(EcsError.of(EcsRule.ELB_SECURITY_GROUPS_SETTABLE));
            }
            if (enforce.isDefined() && !network) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED,
                        "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic on an application load balancer (a network load balancer's setting)"));
            }
            if (enforce.exists(e -> !e.equals("on") && !e.equals("off"))) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + enforce.get() + "'",
                        "enforceSecurityGroupInboundRulesOnPrivateLinkTraffic", "satisfy enum value set: [on, off]")), "ValidationError"));
            }
            if (state.network.isModelled()) {
                Option<String> missing = securityGroups.find(g -> !state.network.groups.containsKey(g)
                        || !state.network.groups.get(g).vpcId().equals(b.balancer.vpcId()));
                if (missing.isDefined()) {
                    return Either.left(EcsError.of(EcsRule.ELB_SECURITY_GROUP_FOUND, missing.get()));
                }
            }
            b.balancer = b.balancer.toBuilder().securityGroups(securityGroups.toList().distinct())
                    .enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(network ? enforce.orElse(b.balancer.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic())
                            .orElse(Option.of("on")) : Option.none()).build();
            return Either.right(view(b));
        }));
    }

    @Override
    public Either<EcsError, LoadBalancer> setSubnets(String loadBalancerArn, Seq<SubnetMapping> mappings, Option<IpAddressType> ipAddressType) {
        return state.call("SetSubnets", () -> balancer(loadBalancerArn).flatMap(b -> {
            if (mappings.exists(m -> m.allocationId().isDefined() || m.privateIPv4Address().isDefined() || m.iPv6Address().isDefined()
                    || m.sourceNatIpv6Prefix().isDefined())) {
                return Either.left(EcsError.of(EcsRule.ELB_MEMBER_MODELLED,
                        "customer-owned IP pools, IPAM pools, IPv6 prefixes and fixed addresses (SubnetMappings beyond SubnetId)"));
            }
            if (mappings.exists(m -> m.subnetId().isEmpty())) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" null", "subnetMappings.member.subnetId",
                        "not be null")), "ValidationError"));
            }
            List<String> subnets = mappings.toList().flatMap(m -> m.subnetId()).distinct();
            if (subnets.isEmpty()) {
                return Either.left(EcsError.of(EcsRule.ELB_SUBNET_REQUIRED));
            }
            if (b.reservedUnits != null && state.now().isBefore(b.reservationReady)) {
                return Either.left(EcsError.of(EcsRule.ELB_CAPACITY_PENDING));
            }
            LoadBalancerTypeEnum type = b.balancer.type().getOrElse(LoadBalancerTypeEnum.APPLICATION);
            // a network load balancer keeps the subnets it has: new ones may join (ELB API reference, SetSubnets)
            Option<String> dropped = type == LoadBalancerTypeEnum.APPLICATION ? Option.none()
                    : b.balancer.availabilityZones().flatMap(AvailabilityZone::subnetId).find(old -> !subnets.contains(old));
            if (dropped.isDefined()) {
                return Either.left(EcsError.of(EcsRule.ELB_SUBNETS_KEPT, dropped.get()));
            }
            Either<EcsError, List<AvailabilityZone>> zones = zones(subnets, type);
            if (zones.isLeft()) {
                return Either.left(zones.getLeft());
            }
            Option<String> elsewhere = subnets.find(id -> Option.of(state.network.subnets.get(id)).flatMap(Subnet::vpcId)
                    .exists(v -> !b.balancer.vpcId().contains(v)));
            if (elsewhere.isDefined()) {
                return Either.left(EcsError.of(EcsRule.ELB_ONE_VPC, subnets.mkString(", ")));
            }
            IpAddressType addresses = ipAddressType.orElse(b.balancer.ipAddressType()).getOrElse(IpAddressType.IPV4);
            Option<EcsError> badType = addressType(b.balancer, addresses, subnets);
            if (badType.isDefined()) {
                return Either.left(badType.get());
            }
            b.balancer = b.balancer.toBuilder().availabilityZones(zones.get()).ipAddressType(addresses).build();
            return Either.right(view(b));
        }));
    }

    @Override
    public Either<EcsError, LoadBalancer> setIpAddressType(String loadBalancerArn, IpAddressType ipAddressType) {
        return state.call("SetIpAddressType", () -> balancer(loadBalancerArn).flatMap(b -> {
            Option<EcsError> bad = addressType(b.balancer, ipAddressType, b.balancer.availabilityZones().flatMap(AvailabilityZone::subnetId));
            if (bad.isDefined()) {
                return Either.left(bad.get());
            }
            b.balancer = b.balancer.toBuilder().ipAddressType(ipAddressType).build();
            return Either.right(view(b));
        }));
    }

    /**
     * An IP address type the load balancer takes: application load balancers ipv4, dualstack and
     * dualstack-without-public-ipv4, network ones ipv4 and dualstack, internal ones ipv4 (ELB API reference, SetIpAddressType);
     * dualstack on subnets EC2's API made needs each to have an IPv6 CIDR block.
     */
    private Option<EcsError> addressType(LoadBalancer b, IpAddressType type, List<String> subnets) {
        boolean application = b.type().forAll(t -> t == LoadBalancerTypeEnum.APPLICATION);
        if (type == IpAddressType.DUALSTACK_WITHOUT_PUBLIC_IPV4 && !application) {
            return Option.of(EcsError.of(EcsRule.ELB_IP_ADDRESS_TYPE_VALID, type.wire(), "a " + b.type().get().wire() + " load balancer"));
        }
        if (type != IpAddressType.IPV4 && b.scheme().contains(LoadBalancerSchemeEnum.INTERNAL)) {
            return Option.of(EcsError.of(EcsRule.ELB_IP_ADDRESS_TYPE_VALID, type.wire(), "an internal load balancer (it must use ipv4)"));
        }
        if (type != IpAddressType.IPV4 && subnets.exists(id -> Option.of(state.network.subnets.get(id)).exists(s -> s.ipv6CidrBlockAssociationSet().isEmpty()))) {
            return Option.of(EcsError.of(EcsRule.ELB_IPV6_SUBNETS));
        }
        return Option.none();
    }

    /** How long a capacity reservation is pending before it is provisioned (ecskit's: AWS gives no figure). */
    static final Duration RESERVATION_PROVISIONING = Duration.ofMinutes(10);
    private static final int DECREASES_A_DAY = 2;

    @Override
    public Either<EcsError, io.ecskit.domain.elb.DescribeCapacityReservationOutput> capacityReservation(String loadBalancerArn) {
        return state.call("DescribeCapacityReservation", () -> balancer(loadBalancerArn).map(this::reservation));
    }

    /** The reservation as it stands on the clock: none, or its units spread over the zones, pending until provisioned. */
    private io.ecskit.domain.elb.DescribeCapacityReservationOutput reservation(LoadBalancingState.Balancer b) {
        Instant now = state.now();
        b.decreases.removeIf(at -> !at.isAfter(now.minus(Duration.ofDays(1))));
        var out = io.ecskit.domain.elb.DescribeCapacityReservationOutput.builder().lastModifiedTime(Option.of(b.reservationModified))
                .decreaseRequestsRemaining(DECREASES_A_DAY - b.decreases.size());
        if (b.reservedUnits == null) {
            return out.build();
        }
        boolean ready = !now.isBefore(b.reservationReady);
        List<AvailabilityZone> zones = b.balancer.availabilityZones();
        double each = (double) b.reservedUnits / Math.max(1, zones.size());
        return out.minimumLoadBalancerCapacity(new io.ecskit.domain.elb.MinimumLoadBalancerCapacity(Option.of(b.reservedUnits)))
                .capacityReservationState(zones.map(z -> new io.ecskit.domain.elb.ZonalCapacityReservationState(
                        Option.of(new io.ecskit.domain.elb.CapacityReservationStatus(Option.of(ready ? io.ecskit.domain.elb.CapacityReservationStateEnum.PROVISIONED
                                : io.ecskit.domain.elb.CapacityReservationStateEnum.PENDING), Option.none())),
                        z.zoneName(), Option.of(ready ? each : 0.0)))).build();
    }

    @Override
    public Either<EcsError, io.ecskit.domain.elb.DescribeCapacityReservationOutput> modifyCapacityReservation(String loadBalancerArn,
                                                                                                            Option<Integer> capacityUnits, boolean reset) {
        return state.call("ModifyCapacityReservation", () -> balancer(loadBalancerArn).flatMap(b -> {
            if (capacityUnits.isDefined() == reset) {
                return Either.left(EcsError.of(EcsRule.ELB_CAPACITY_REQUEST, "give MinimumLoadBalancerCapacity or ResetCapacityReservation, one of them"));
            }
            if (capacityUnits.exists(u -> u < 1)) {
                return Either.left(EcsError.of(EcsRule.ELB_CAPACITY_REQUEST, "CapacityUnits must be 1 or more, not " + capacityUnits.get()));
            }
            Instant now = state.now();
            if (b.reservedUnits != null && now.isBefore(b.reservationReady)) {
                return Either.left(EcsError.of(EcsRule.ELB_CAPACITY_PENDING));
            }
            if (b.balancer.type().contains(LoadBalancerTypeEnum.NETWORK) && List.ofAll(lb().listeners.values())
                    .exists(l -> l.listener.loadBalancerArn().contains(loadBalancerArn) && l.listener.protocol().contains(ProtocolEnum.TLS))) {
                return Either.left(EcsError.of(EcsRule.ELB_CAPACITY_REQUEST, "network load balancers with TLS listeners take no capacity reservation"));
            }
            boolean decrease = b.reservedUnits != null && (reset || capacityUnits.get() < b.reservedUnits);
            b.decreases.removeIf(at -> !at.isAfter(now.minus(Duration.ofDays(1))));
            if (decrease && b.decreases.size() >= DECREASES_A_DAY) {
                return Either.left(EcsError.of(EcsRule.ELB_CAPACITY_DECREASES));
            }
            if (decrease) {
                b.decreases.add(now);
            }
            b.reservedUnits = reset ? null : capacityUnits.get();
            b.reservationModified = now;
            b.reservationReady = now.plus(RESERVATION_PROVISIONING);
            return Either.right(reservation(b));
        }));
    }

    /** Elastic Load Balancing's default quotas, as describe-account-limits answers them for a new account. */
    private static final List<String[]> LIMITS = List.of(new String[]{"target-groups", "3000"},
            new String[]{"targets-per-application-load-balancer", "1000"}, new String[]{"listeners-per-application-load-balancer", "50"},
            new String[]{"rules-per-application-load-balancer", "100"}, new String[]{"network-load-balancers", "50"},
            new String[]{"targets-per-network-load-balancer", "3000"}, new String[]{"targets-per-availability-zone-per-network-load-balancer", "500"},
            new String[]{"listeners-per-network-load-balancer", "50"}, new String[]{"condition-values-per-alb-rule", "5"},
            new String[]{"condition-wildcards-per-alb-rule", "5"}, new String[]{"target-groups-per-application-load-balancer", "100"},
            new String[]{"target-groups-per-action-on-application-load-balancer", "5"},
            new String[]{"target-groups-per-action-on-network-load-balancer", "1"}, new String[]{"certificates-per-application-load-balancer", "25"},
            new String[]{"certificates-per-network-load-balancer", "25"}, new String[]{"targets-per-target-group", "1000"},
            new String[]{"target-id-registrations-per-application-load-balancer", "1000"}, new String[]{"network-load-balancer-enis-per-vpc", "1200"},
            new String[]{"application-load-balancers", "50"}, new String[]{"gateway-load-balancers", "100"},
            new String[]{"gateway-load-balancers-per-vpc", "100"}, new String[]{"geneve-target-groups", "100"},
            new String[]{"targets-per-availability-zone-per-gateway-load-balancer", "300"});

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.elb.Limit>> accountLimits() {
        return state.call("DescribeAccountLimits", () -> Either.right(LIMITS.map(l -> new io.ecskit.domain.elb.Limit(Option.of(l[0]), Option.of(l[1])))));
    }

    // ---- listeners: attributes, certificates ------------------------------------------------------------------------

    /**
     * A listener's attributes by its protocol: an application load balancer's HTTP and HTTPS listeners
     * routing.http.response.server.enabled (true) and the response header values (none set; header modification is off by
     * default), HTTPS listeners the request header names too; TCP listeners tcp.idle_timeout.seconds (350). TLS listeners
     * have none ELB lets you read (their idle timeout is fixed); UDP and TCP_UDP listeners none.
     */
    private static Map<String, String> listenerDefaults(ProtocolEnum protocol) {
        Map<String, String> a = new LinkedHashMap<>();
        if (protocol == ProtocolEnum.HTTP || protocol == ProtocolEnum.HTTPS) {
            if (protocol == ProtocolEnum.HTTPS) {
                for (String header : List.of("x_amzn_mtls_clientcert_serial_number", "x_amzn_mtls_clientcert_issuer", "x_amzn_mtls_clientcert_subject",
                        "x_amzn_mtls_clientcert_validity", "x_amzn_mtls_clientcert_leaf", "x_amzn_mtls_clientcert", "x_amzn_tls_version",
                        "x_amzn_tls_cipher_suite")) {
                    a.put("routing.http.request." + header + ".header_name", "");
                }
            }
            a.put("routing.http.response.server.enabled", "true");
            for (String header : List.of("strict_transport_security", "access_control_allow_origin", "access_control_allow_methods",
                    "access_control_allow_headers", "access_control_allow_credentials", "access_control_expose_headers", "access_control_max_age",
                    "content_security_policy", "x_content_type_options", "x_frame_options")) {
                a.put("routing.http.response." + header + ".header_value", "");
            }
        } else if (protocol == ProtocolEnum.TCP) {
            a.put("tcp.idle_timeout.seconds", "350");
        }
        return a;
    }

    private Either<EcsError, Map<String, String>> attributesOf(LoadBalancingState.ListenerEntry entry, String operation) {
        ProtocolEnum protocol = entry.listener.protocol().getOrElse(ProtocolEnum.HTTP);
        if (protocol == ProtocolEnum.TLS) {
            return Either.left(EcsError.of(EcsRule.ELB_LISTENER_PROTOCOL_FITS, operation, protocol.wire()));
        }
        Map<String, String> all = listenerDefaults(protocol);
        entry.attributes.forEach((k, v) -> {
            if (all.containsKey(k)) {
                all.put(k, v);
            }
        });
        return Either.right(all);
    }

    private static List<LoadBalancerAttribute> attributeList(Map<String, String> all) {
        return List.ofAll(all.entrySet()).map(e -> new LoadBalancerAttribute(Option.of(e.getKey()), Option.of(e.getValue())));
    }

    @Override
    public Either<EcsError, Seq<LoadBalancerAttribute>> listenerAttributes(String listenerArn) {
        return state.call("DescribeListenerAttributes", () -> listener(listenerArn)
                .flatMap(l -> attributesOf(l, "DescribeListenerAttributes")).map(InMemoryLoadBalancing::attributeList));
    }

    @Override
    public Either<EcsError, Seq<LoadBalancerAttribute>> modifyListenerAttributes(String listenerArn, Seq<LoadBalancerAttribute> attributes) {
        return state.call("ModifyListenerAttributes", () -> listener(listenerArn).flatMap(l -> attributesOf(l, "ModifyListenerAttributes").flatMap(all -> {
            for (LoadBalancerAttribute a : attributes) {
                Option<EcsError> bad = attribute("Listener", all, a.key(), a.value());
                if (bad.isDefined()) {
                    return Either.left(bad.get());
                }
            }
            attributes.forEach(a -> l.attributes.put(a.key().get(), a.value().get()));
            return attributesOf(l, "ModifyListenerAttributes").map(InMemoryLoadBalancing::attributeList);
        })));
    }

    /** The listener, when it is HTTPS or TLS (the listeners that hold certificates). */
    private Either<EcsError, LoadBalancingState.ListenerEntry> secure(String listenerArn, String operation) {
        return listener(listenerArn).flatMap(l -> l.listener.protocol().exists(p -> p == ProtocolEnum.HTTPS || p == ProtocolEnum.TLS)
                ? Either.right(l) : Either.left(EcsError.of(EcsRule.ELB_LISTENER_PROTOCOL_FITS, operation,
                l.listener.protocol().map(ProtocolEnum::wire).getOrElse("HTTP"))));
    }

    @Override
    public Either<EcsError, Seq<Certificate>> listenerCertificates(String listenerArn) {
        // the others first, then the default one, as ELB lists them
        return state.call("DescribeListenerCertificates", () -> secure(listenerArn, "DescribeListenerCertificates").map(l ->
                List.ofAll(l.certificates).map(arn -> new Certificate(Option.of(arn), Option.of(false)))
                        .appendAll(l.listener.certificates().map(c -> c.toBuilder().isDefault(true).build()))));
    }

    @Override
    public Either<EcsError, Seq<Certificate>> addListenerCertificates(String listenerArn, Seq<Certificate> certificates) {
        return state.call("AddListenerCertificates", () -> secure(listenerArn, "AddListenerCertificates").flatMap(l -> {
            if (certificates.exists(c -> c.isDefault().isDefined())) {
                return Either.left(EcsError.of(EcsRule.ELB_CERTIFICATE_IS_DEFAULT));
            }
            if (certificates.exists(c -> c.certificateArn().isEmpty())) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" null", "certificates.member.certificateArn",
                        "not be null")), "ValidationError"));
            }
            String balancerArn = l.listener.loadBalancerArn().get();
            // the quota counts the certificates beside each listener's default one
            long held = List.ofAll(lb().listeners.values()).filter(o -> o.listener.loadBalancerArn().contains(balancerArn))
                    .map(o -> o.certificates.size()).sum().longValue();
            long adding = certificates.flatMap(c -> c.certificateArn()).distinct().count(arn -> !l.certificates.contains(arn));
            if (held + adding > 25) {
                return Either.left(EcsError.of(EcsRule.ELB_CERTIFICATES_AT_MOST));
            }
            certificates.forEach(c -> l.certificates.add(c.certificateArn().get()));
            return Either.right(certificates.map(c -> c.toBuilder().isDefault(false).build()));
        }));
    }

    @Override
    public Either<EcsError, Done> removeListenerCertificates(String listenerArn, Seq<Certificate> certificates) {
        return state.call("RemoveListenerCertificates", () -> secure(listenerArn, "RemoveListenerCertificates").flatMap(l -> {
            if (certificates.exists(c -> c.isDefault().isDefined())) {
                return Either.left(EcsError.of(EcsRule.ELB_CERTIFICATE_IS_DEFAULT));
            }
            if (certificates.exists(c -> c.certificateArn().isEmpty())) {
                return Either.left(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" null", "certificates.member.certificateArn",
                        "not be null")), "ValidationError"));
            }
            for (Certificate c : certificates) {
                String arn = c.certificateArn().getOrElse("");
                if (l.listener.certificates().exists(d -> d.certificateArn().contains(arn)) && !l.certificates.contains(arn)) {
                    return Either.left(EcsError.of(EcsRule.ELB_DEFAULT_CERTIFICATE_KEPT));
                }
                if (!l.certificates.contains(arn)) {
                    return Either.left(EcsError.of(EcsRule.ELB_CERTIFICATE_FOUND, arn));
                }
            }
            certificates.forEach(c -> l.certificates.remove(c.certificateArn().get()));
            return Either.right(Done.DONE);
        }));
    }

    // ---- targets ----------------------------------------------------------------------------------------------------

    private static String key(TargetDescription t, TargetGroup g) {
        return t.id() + ":" + t.port().orElse(g.port()).getOrElse(0);
    }

    @Override
    public Either<EcsError, Done> registerTargets(String targetGroupArn, Seq<TargetDescription> targets) {
        return state.call("RegisterTargets", () -> group(targetGroupArn).flatMap(g -> {
            Option<EcsError> bad = targets(g, targets, true);
            if (bad.isDefined()) {
                return Either.left(bad.get());
            }
            register(state, g, targets, state.now());
            return Either.right(Done.DONE);
        }));
    }

    /** Targets registered (a draining one registered again is in service again, from its initial checks). */
    static void register(InMemoryState state, LoadBalancingState.Group g, Seq<TargetDescription> targets, Instant now) {
        forgetDrained(g, now);
        for (TargetDescription t : targets) {
            TargetDescription resolved = t.toBuilder().port(t.port().orElse(g.group.port())).build();
            LoadBalancingState.Target there = g.targets.get(key(resolved, g.group));
            if (there == null || there.drainingSince != null) {
                g.targets.put(key(resolved, g.group), new LoadBalancingState.Target(resolved, now));
            }
        }
    }

    /** Targets of the group's type: instance ids, or IPv4 addresses in its VPC (an address outside needs an Availability Zone). */
    private Option<EcsError> targets(LoadBalancingState.Group g, Seq<TargetDescription> targets, boolean registering) {
        TargetTypeEnum type = g.group.targetType().getOrElse(TargetTypeEnum.INSTANCE);
        for (TargetDescription t : targets) {
            if (t.quicServerId().isDefined()) {
                return Option.of(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "QuicServerId"));
            }
            if (type == TargetTypeEnum.INSTANCE && !t.id().matches("i-[0-9a-f]{8,17}")) {
                return Option.of(EcsError.of(EcsRule.ELB_TARGET_ID_VALID, "Instance ID", t.id()));
            }
            if (type == TargetTypeEnum.IP && !IPV4.matcher(t.id()).matches()) {
                return Option.of(EcsError.of(EcsRule.ELB_TARGET_ID_VALID, "IP address", t.id()));
            }
            if (t.port().exists(p -> p < 1 || p > 65535)) {
                return Option.of(InMemoryIam.invalid(List.of(EcsRule.MEMBER_CONSTRAINT.message(" '" + t.port().get() + "'", "port",
                        "have value between 1 and 65535")), "ValidationError"));
            }
            if (registering && type == TargetTypeEnum.IP && t.availabilityZone().isEmpty()) {
                Option<String> cidr = g.group.vpcId().flatMap(v -> Option.of(state.network.vpcs.get(v))).flatMap(v -> v.cidrBlock());
                if (cidr.exists(c -> !inBlock(t.id(), c))) {
                    return Option.of(EcsError.of(EcsRule.ELB_TARGET_IN_VPC, t.id()));
                }
            }
        }
        return Option.none();
    }

    @Override
    public Either<EcsError, Done> deregisterTargets(String targetGroupArn, Seq<TargetDescription> targets) {
        return state.call("DeregisterTargets", () -> group(targetGroupArn).flatMap(g -> {
            Option<EcsError> bad = targets(g, targets, false);
            if (bad.isDefined()) {
                return Either.left(bad.get());
            }
            deregister(state, g, targets, state.now());
            return Either.right(Done.DONE);
        }));
    }

    /** Targets draining from now (a target not registered is left alone, as ELB answers it). */
    static void deregister(InMemoryState state, LoadBalancingState.Group g, Seq<TargetDescription> targets, Instant now) {
        for (TargetDescription t : targets) {
            LoadBalancingState.Target there = g.targets.get(key(t, g.group));
            if (there != null && there.drainingSince == null) {
                there.drainingSince = now;
            }
        }
    }

    /** How long a deregistered target drains (the group's deregistration_delay.timeout_seconds). */
    static Duration drainTime(LoadBalancingState.Group g) {
        return Duration.ofSeconds(Long.parseLong(g.attributes.getOrDefault("deregistration_delay.timeout_seconds", "300")));
    }

    @Override
    public Either<EcsError, Seq<TargetHealthDescription>> targetHealth(String targetGroupArn, Seq<TargetDescription> targets) {
        return state.call("DescribeTargetHealth", () -> group(targetGroupArn).map(g -> {
            Instant now = state.now();
            forgetDrained(g, now);
            boolean inUse = !view(g).loadBalancerArns().isEmpty();
            if (targets.isEmpty()) {
                return List.ofAll(g.targets.values()).map(t -> health(g, t, inUse, now));
            }
            return targets.toList().map(t -> Option.of(g.targets.get(key(t, g.group))).map(there -> health(g, there, inUse, now))
                    .getOrElse(() -> new TargetHealthDescription(Option.of(t.toBuilder().port(t.port().orElse(g.group.port())).build()), Option.none(),
                            Option.of(new TargetHealth(Option.of(TargetHealthStateEnum.UNUSED), Option.of(TargetHealthReasonEnum.TARGET_NOTREGISTERED),
                                    Option.of("Target is not registered to the target group"))), Option.none(), Option.none())));
        }));
    }

    /** Targets whose deregistration delay passed are gone. */
    static void forgetDrained(LoadBalancingState.Group g, Instant now) {
        g.targets.values().removeIf(t -> t.drainingSince != null && !now.isBefore(t.drainingSince.plus(drainTime(g))));
    }

    /** A target's health at {@code now}, as ELB's health checks would find it. */
    static TargetHealthDescription health(LoadBalancingState.Group g, LoadBalancingState.Target t, boolean inUse, Instant now) {
        TargetHealthStateEnum health;
        Option<TargetHealthReasonEnum> reason = Option.none();
        Option<String> description = Option.none();
        TargetGroup group = g.group;
        long interval = group.healthCheckIntervalSeconds().getOrElse(30);
        if (t.drainingSince != null) {
            health = TargetHealthStateEnum.DRAINING;
            reason = Option.of(TargetHealthReasonEnum.TARGET_DEREGISTRATIONINPROGRESS);
            description = Option.of("Target deregistration is in progress");
        } else if (!inUse) {
            health = TargetHealthStateEnum.UNUSED;
            reason = Option.of(TargetHealthReasonEnum.TARGET_NOTINUSE);
            description = Option.of("Target group is not configured to receive traffic from the load balancer");
        } else if (now.isBefore(t.registeredAt.plus(REGISTRATION))) {
            health = TargetHealthStateEnum.INITIAL;
            reason = Option.of(TargetHealthReasonEnum.ELB_REGISTRATIONINPROGRESS);
            description = Option.of("Target registration is in progress");
        } else if (now.isBefore(t.registeredAt.plusSeconds(interval * group.healthyThresholdCount().getOrElse(5)))
                && (t.failingSince == null || now.isBefore(t.failingSince.plusSeconds(interval * group.unhealthyThresholdCount().getOrElse(2))))) {
            health = TargetHealthStateEnum.INITIAL;
            reason = Option.of(TargetHealthReasonEnum.ELB_INITIALHEALTHCHECKING);
            description = Option.of("Initial health checks in progress");
        } else if (t.failingSince != null && !now.isBefore(t.failingSince.plusSeconds(interval * group.unhealthyThresholdCount().getOrElse(2)))) {
            health = TargetHealthStateEnum.UNHEALTHY;
            reason = Option.of(TargetHealthReasonEnum.TARGET_FAILEDHEALTHCHECKS);
            description = Option.of("Health checks failed");
        } else {
            health = TargetHealthStateEnum.HEALTHY;
        }
        return new TargetHealthDescription(Option.of(t.target), Option.of(group.healthCheckPort().filter(p -> !p.equals("traffic-port"))
                .getOrElse(String.valueOf(t.target.port().getOrElse(0)))), Option.of(new TargetHealth(Option.of(health), reason, description)),
                Option.none(), Option.none());
    }

    // ---- tags -------------------------------------------------------------------------------------------------------

    /** The tags of a resource by its ARN (none: no such resource). */
    private Option<io.vavr.Tuple2<java.util.function.Supplier<List<Tag>>, java.util.function.Consumer<List<Tag>>>> tagged(String arn) {
        if (lb().balancers.containsKey(arn)) {
            var b = lb().balancers.get(arn);
            return Option.of(io.vavr.Tuple.of(() -> b.tags, t -> b.tags = t));
        }
        if (lb().groups.containsKey(arn)) {
            var g = lb().groups.get(arn);
            return Option.of(io.vavr.Tuple.of(() -> g.tags, t -> g.tags = t));
        }
        if (lb().listeners.containsKey(arn)) {
            var l = lb().listeners.get(arn);
            return Option.of(io.vavr.Tuple.of(() -> l.tags, t -> l.tags = t));
        }
        return owner(arn).map(l -> {
            var r = l.rules.get(arn);
            return io.vavr.Tuple.of(() -> r.tags, t -> r.tags = t);
        });
    }

    private static EcsError notFound(String arn) {
        return arn.contains(":targetgroup/") ? EcsError.of(EcsRule.ELB_TARGET_GROUP_FOUND) : arn.contains(":listener-rule/") ? EcsError.of(EcsRule.ELB_RULE_FOUND)
                : arn.contains(":listener/") ? EcsError.of(EcsRule.ELB_LISTENER_FOUND) : EcsError.of(EcsRule.ELB_LOAD_BALANCER_FOUND);
    }

    @Override
    public Either<EcsError, Done> addTags(Seq<String> resourceArns, Seq<Tag> tags) {
        return state.call("AddTags", () -> {
            for (String arn : resourceArns) {
                var t = tagged(arn);
                if (t.isEmpty()) {
                    return Either.left(notFound(arn));
                }
                List<Tag> merged = t.get()._1.get().filter(old -> tags.forAll(n -> !n.key().equals(old.key()))).appendAll(tags);
                if (merged.size() > 50) {
                    return Either.left(EcsError.of(EcsRule.ELB_TAGS_AT_MOST_FIFTY, arn));
                }
            }
            for (String arn : resourceArns) {
                var t = tagged(arn).get();
                t._2.accept(t._1.get().filter(old -> tags.forAll(n -> !n.key().equals(old.key()))).appendAll(tags));
            }
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, Done> removeTags(Seq<String> resourceArns, Seq<String> tagKeys) {
        return state.call("RemoveTags", () -> {
            Option<String> missing = resourceArns.find(a -> tagged(a).isEmpty());
            if (missing.isDefined()) {
                return Either.left(notFound(missing.get()));
            }
            for (String arn : resourceArns) {
                var t = tagged(arn).get();
                t._2.accept(t._1.get().filter(tag -> !tag.key().exists(tagKeys::contains)));
            }
            return Either.right(Done.DONE);
        });
    }

    @Override
    public Either<EcsError, Seq<TagDescription>> tags(Seq<String> resourceArns) {
        return state.call("DescribeTags", () -> {
            Option<String> missing = resourceArns.find(a -> tagged(a).isEmpty());
            if (missing.isDefined()) {
                return Either.left(notFound(missing.get()));
            }
            return Either.right(resourceArns.toList().map(a -> new TagDescription(Option.of(a), tagged(a).get()._1.get())));
        });
    }

    /**
     * A service task's change as ELB sees it (ECS registers and deregisters it): RUNNING, its address and container port are
     * registered in each modelled ip target group the service names ("registered 1 targets in (target-group ARN)"), an EC2
     * task of bridge or host mode its container instance's EC2 instance on the container's host port in an instance target
     * group; stopping, they drain for the group's deregistration delay ("has begun draining connections on 1 tasks.",
     * "deregistered 1 targets in ...").
     */
    static void taskChanged(InMemoryState state, TaskState task) {
        ServiceState s = task.service;
        Instant now = task.since;
        boolean running = task.lastStatus == io.ecskit.domain.task.TaskStatus.RUNNING && task.desiredStatus == io.ecskit.domain.task.TaskStatus.RUNNING;
        boolean leaving = task.desiredStatus == io.ecskit.domain.task.TaskStatus.STOPPED;
        if (running && task.elbTargets.isEmpty()) {
            // the load balancers of the deployment (or task set) that started the task, not the service's latest settings
            Option<DeploymentState> deployment = task.startedBy.flatMap(id -> List.ofAll(s.deployments).find(d -> d.id.value().equals(id)));
            Seq<io.ecskit.domain.service.LoadBalancer> wanted = deployment.map(d -> d.settings.loadBalancers()).getOrElse(s.settings.loadBalancers());
            for (io.ecskit.domain.service.LoadBalancer lb : wanted) {
                // a traffic-shifting deployment's tasks go to its green target group
                Option<String> groupArn = lb.targetGroupArn().map(arn -> deployment.flatMap(d -> Option.of(d.greenTargetGroups.get(arn))).getOrElse(arn));
                LoadBalancingState.Group g = groupArn.map(state.loadBalancing.groups::get).getOrNull();
                if (g == null || lb.containerPort().isEmpty()) {
                    continue;
                }
                TargetDescription target;
                if (g.group.targetType().contains(TargetTypeEnum.IP)) {
                    target = new TargetDescription(task.privateIp, Option.of(lb.containerPort().get()), Option.none(), Option.none());
                } else if (g.group.targetType().forAll(t -> t == TargetTypeEnum.INSTANCE)) {
                    // an EC2 task (bridge or host mode): its instance, on the host port its container port is bound to
                    Option<String> instance = task.containerInstance.flatMap(a -> Option.of(state.instances.get(a.toString())))
                            .flatMap(i -> i.ec2InstanceId());
                    Option<Integer> hostPort = task.hostPort(lb.containerName(), lb.containerPort().get());
                    if (instance.isEmpty() || hostPort.isEmpty()) {
                        continue;
                    }
                    target = new TargetDescription(instance.get(), hostPort, Option.none(), Option.none());
                } else {
                    continue;
                }
                register(state, g, List.of(target), now);
                LoadBalancingState.Target registered = g.targets.get(key(target, g.group));
                registered.task = task;
                if (task.containers.exists(c -> state.faults.unhealthy(task, c))) {
                    // a task whose health checks fail (Simulator#failHealthChecks) does not answer ELB's either
                    registered.failingSince = now;
                }
                String arn = g.group.targetGroupArn().get();
                task.elbTargets.add(new String[]{arn, target.id(), String.valueOf(target.port().get())});
                s.event(state.newId(8), now, "registered 1 targets in (target-group " + arn + ")");
            }
        } else if (leaving && !task.elbTargets.isEmpty()) {
            s.event(state.newId(8), now, "has begun draining connections on 1 tasks.");
            task.drainedAt = now;
            for (String[] registered : task.elbTargets) {
                LoadBalancingState.Group g = state.loadBalancing.groups.get(registered[0]);
                if (g != null) {
                    Instant drained = now.plus(drainTime(g));
                    task.drainedAt = drained.isAfter(task.drainedAt) ? drained : task.drainedAt;
                    deregister(state, g, List.of(new TargetDescription(registered[1], Option.of(Integer.parseInt(registered[2])), Option.none(),
                            Option.none())), now);
                    s.event(state.newId(8), now, "deregistered 1 targets in (target-group " + registered[0] + ")");
                }
            }
            task.elbTargets.clear();
        }
    }

    /**
     * A traffic-shifting deployment's green target groups: for each load balancer of its settings with an alternate target
     * group and a production listener rule, the one of the two the rule sends no traffic to (the alternate the first time;
     * they swap roles with each deployment, as ECS's blue/green does).
     */
    static void chooseGreen(InMemoryState state, DeploymentState green) {
        for (io.ecskit.domain.service.LoadBalancer lb : green.settings.loadBalancers()) {
            Option<io.ecskit.domain.service.AdvancedConfiguration> advanced = lb.advancedConfiguration();
            if (lb.targetGroupArn().isEmpty() || advanced.flatMap(a -> a.alternateTargetGroupArn()).isEmpty()
                    || advanced.flatMap(a -> a.productionListenerRule()).isEmpty()) {
                continue;
            }
            String primary = lb.targetGroupArn().get();
            String alternate = advanced.get().alternateTargetGroupArn().get();
            Option<List<Action>> actions = ruleActions(state, advanced.get().productionListenerRule().get());
            double onPrimary = actions.map(a -> weightOf(a, primary)).getOrElse(100.0);
            green.greenTargetGroups.put(primary, onPrimary > 0 ? alternate : primary);
        }
    }

    /** The production (and test) listener rules' weights between blue and green: {@code production}% (and {@code test}%) to green. */
    static void weigh(InMemoryState state, DeploymentState green, double production, double test) {
        for (io.ecskit.domain.service.LoadBalancer lb : green.settings.loadBalancers()) {
            String primary = lb.targetGroupArn().getOrNull();
            String greenGroup = primary == null ? null : green.greenTargetGroups.get(primary);
            if (greenGroup == null) {
                continue;
            }
            var advanced = lb.advancedConfiguration().get();
            String blueGroup = greenGroup.equals(primary) ? advanced.alternateTargetGroupArn().get() : primary;
            advanced.productionListenerRule().forEach(rule -> setWeights(state, rule, blueGroup, greenGroup, production));
            advanced.testListenerRule().forEach(rule -> setWeights(state, rule, blueGroup, greenGroup, test));
        }
    }

    /** The share of forward traffic {@code actions} send to a target group (100 when it is the only one). */
    static double weightOf(List<Action> actions, String targetGroupArn) {
        for (Action a : actions.filter(x -> x.type() == ActionTypeEnum.FORWARD)) {
            if (a.forwardConfig().isDefined() && !a.forwardConfig().get().targetGroups().isEmpty()) {
                var groups = a.forwardConfig().get().targetGroups();
                double total = groups.map(t -> (double) t.weight().getOrElse(1)).sum().doubleValue();
                double mine = groups.filter(t -> t.targetGroupArn().contains(targetGroupArn)).map(t -> (double) t.weight().getOrElse(1)).sum().doubleValue();
                return total == 0 ? 0 : 100.0 * mine / total;
            }
            if (a.targetGroupArn().contains(targetGroupArn)) {
                return 100.0;
            }
        }
        return 0.0;
    }

    /** A listener rule's (or, for an NLB, a listener's default) actions, by its ARN. */
    static Option<List<Action>> ruleActions(InMemoryState state, String arn) {
        LoadBalancingState.ListenerEntry listener = state.loadBalancing.listeners.get(arn);
        if (listener != null) {
            return Option.of(listener.listener.defaultActions());
        }
        return state.loadBalancing.ownerOfRule(arn).map(l -> l.rules.get(arn).rule.actions());
    }

    /** The rule forwards {@code 100 - greenPercent} to blue and {@code greenPercent} to green (weights 0..100). */
    private static void setWeights(InMemoryState state, String arn, String blue, String green, double greenPercent) {
        int toGreen = (int) Math.round(Math.max(0, Math.min(100, greenPercent)));
        Action forward = Action.builder().type(ActionTypeEnum.FORWARD).forwardConfig(io.ecskit.domain.elb.ForwardActionConfig.builder()
                .targetGroups(List.of(new io.ecskit.domain.elb.TargetGroupTuple(Option.of(blue), Option.of(100 - toGreen)),
                        new io.ecskit.domain.elb.TargetGroupTuple(Option.of(green), Option.of(toGreen)))).build()).build();
        LoadBalancingState.ListenerEntry listener = state.loadBalancing.listeners.get(arn);
        if (listener != null) {
            listener.listener = listener.listener.toBuilder().defaultActions(List.of(forward)).build();
            listener.rules.replaceAll((k, r) -> r.rule.isDefault().getOrElse(false)
                    ? new LoadBalancingState.RuleEntry(r.rule.toBuilder().actions(List.of(forward)).build(), r.tags) : r);
            return;
        }
        state.loadBalancing.ownerOfRule(arn).forEach(l -> {
            LoadBalancingState.RuleEntry r = l.rules.get(arn);
            r.rule = r.rule.toBuilder().actions(List.of(forward)).build();
            if (r.rule.isDefault().getOrElse(false)) {
                l.listener = l.listener.toBuilder().defaultActions(List.of(forward)).build();
            }
        });
    }

    /** The load balancer a listener, or a listener rule's listener, belongs to (none: no such listener or rule). */
    static Option<String> balancerOf(InMemoryState state, String listenerOrRuleArn) {
        return state.loadBalancing.listenerOf(listenerOrRuleArn).flatMap(l -> l.listener.loadBalancerArn());
    }

    /** A load balancer's or target group's CloudWatch dimension value: its ARN's resource part ({@code app/NAME/ID}, {@code targetgroup/NAME/ID}). */
    static String dimensionOf(String arn) {
        int at = arn.indexOf(":loadbalancer/");
        return at >= 0 ? arn.substring(at + ":loadbalancer/".length()) : arn.substring(arn.lastIndexOf(':') + 1);
    }

    /**
     * One minute of scripted traffic ({@code Simulator#requests}) through a listener or rule, reported as ELB reports it for
     * the minute that began at {@code minute}: the forward action's weights split the minute's whole requests between
     * target groups, each group's healthy targets share its part (all its targets when none is healthy: ELB fails open;
     * none, or a group that is gone: ELB answers 503 itself), and each target's task answers the share
     * {@code Simulator#failRequests} scripted with 5xx. Requests are whole: what a rate leaves over carries into the next
     * minute, and shares are split by largest remainder, so the counts always add up. Only values that are not zero are
     * reported, as ELB does. False when the listener or rule is gone (its traffic ends).
     */
    static boolean reportTraffic(InMemoryState state, MetricsState.Traffic traffic, Instant minute, Instant now) {
        Option<List<Action>> actions = ruleActions(state, traffic.arn);
        Option<String> balancer = balancerOf(state, traffic.arn);
        if (actions.isEmpty() || balancer.isEmpty()) {
            return false;
        }
        String lbDimension = dimensionOf(balancer.get());
        // the seconds of the minute the traffic flowed (all 60 but in its first minute)
        long seconds = Math.max(0, Math.min(60, Duration.between(traffic.since, minute.plusSeconds(60)).toSeconds()));
        double owed = traffic.perSecond * seconds + traffic.carry;
        long requests = (long) Math.floor(owed);
        traffic.carry = owed - requests;
        List<String> groups = targetGroupsOf(actions.get());
        long[] shares = split(requests, groups.map(g -> weightOf(actions.get(), g)));
        long reached = 0;
        long failed = 0;
        long elb = requests - java.util.Arrays.stream(shares).sum();    // nothing to forward to: ELB answers itself
        for (int i = 0; i < groups.size(); i++) {
            String groupArn = groups.get(i);
            LoadBalancingState.Group g = state.loadBalancing.groups.get(groupArn);
            long share = shares[i];
            if (share == 0) {
                continue;
            }
            if (g == null) {
                elb += share;
                continue;
            }
            forgetDrained(g, now);
            List<LoadBalancingState.Target> serving = List.ofAll(g.targets.values()).filter(t -> t.drainingSince == null);
            List<LoadBalancingState.Target> healthy = serving.filter(t -> health(g, t, true, now).targetHealth()
                    .flatMap(h -> h.state()).contains(TargetHealthStateEnum.HEALTHY));
            List<LoadBalancingState.Target> routed = healthy.isEmpty() ? serving : healthy;
            if (routed.isEmpty()) {
                elb += share;
                continue;
            }
            long[] perTarget = split(share, routed.map(t -> 1.0));
            long groupFailed = 0;
            for (int t = 0; t < routed.size(); t++) {
                TaskState task = routed.get(t).task;
                double fraction = task == null ? 0 : state.faults.failingShare(task);
                groupFailed += Math.min(perTarget[t], Math.round(perTarget[t] * fraction));
            }
            reached += share;
            failed += groupFailed;
            List<Dimension> both = List.of(new Dimension("LoadBalancer", lbDimension), new Dimension("TargetGroup", dimensionOf(groupArn)));
            count(state, "RequestCount", both, share, minute, now);
            count(state, "HTTPCode_Target_5XX_Count", both, groupFailed, minute, now);
            count(state, "HTTPCode_Target_2XX_Count", both, share - groupFailed, minute, now);
            double average = (double) share / routed.size();
            count(state, "RequestCountPerTarget", both, average, minute, now);
            count(state, "RequestCountPerTarget", List.of(new Dimension("TargetGroup", dimensionOf(groupArn))), average, minute, now);
        }
        List<Dimension> lb = List.of(new Dimension("LoadBalancer", lbDimension));
        count(state, "RequestCount", lb, requests, minute, now);
        count(state, "HTTPCode_Target_5XX_Count", lb, failed, minute, now);
        count(state, "HTTPCode_Target_2XX_Count", lb, reached - failed, minute, now);
        count(state, "HTTPCode_ELB_5XX_Count", lb, elb, minute, now);
        count(state, "HTTPCode_ELB_503_Count", lb, elb, minute, now);
        return true;
    }

    /** {@code total} whole requests split in proportion to {@code weights}, by largest remainder (all of them when any weight is positive). */
    static long[] split(long total, List<Double> weights) {
        long[] parts = new long[weights.size()];
        double sum = weights.sum().doubleValue();
        if (sum <= 0 || total == 0) {
            return parts;
        }
        double[] remainders = new double[parts.length];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            double exact = total * weights.get(i) / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parts.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    private static void count(InMemoryState state, String metric, List<Dimension> dimensions, double value, Instant minute, Instant now) {
        if (value > 0) {
            InMemoryMetrics.record(state, MetricsState.Key.of("AWS/ApplicationELB", metric, dimensions), minute,
                    new MetricsState.Sample(1, value, value, value, "Count"), now);
        }
    }

    /**
     * How long after it runs ECS stops a task ELB finds unhealthy: its target groups' UnhealthyThresholdCount ×
     * HealthCheckIntervalSeconds, but not within the service's health check grace period.
     */
    static Duration unhealthyAfter(InMemoryState state, TaskState task) {
        long seconds = 0;
        for (String[] t : task.elbTargets) {
            LoadBalancingState.Group g = state.loadBalancing.groups.get(t[0]);
            if (g != null) {
                seconds = Math.max(seconds, (long) g.group.healthCheckIntervalSeconds().getOrElse(30) * g.group.unhealthyThresholdCount().getOrElse(2));
            }
        }
        int grace = task.service == null ? 0 : task.service.settings.healthCheckGracePeriodSeconds().getOrElse(0);
        return Duration.ofSeconds(Math.max(seconds, grace));
    }

    /** Whether an IPv4 address lies in a CIDR block. */
    private static boolean inBlock(String address, String block) {
        Option<io.ecskit.domain.network.Cidr> cidr = io.ecskit.domain.network.Cidr.parse(block);
        Option<Long> ip = io.ecskit.domain.network.Cidr.address(address);
        return cidr.isDefined() && ip.isDefined()
                && cidr.get().contains(new io.ecskit.domain.network.Cidr(ip.get(), 32));
    }
}
