package io.ecskit.adapter.server;

import io.ecskit.adapter.server.Wire.Answer;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.SdkMapping;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.*;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Elastic Load Balancing v2 ({@code Version=2015-12-01}, AWS's query protocol) on {@link io.ecskit.port.out.LoadBalancingPort}:
 * the server table's ELB rows (issue 25 item 3). Requests are read and answers written generically from the SDK's model
 * ({@link QueryWire}, lists as {@code Name.member.N}); the mapping to the domain is {@link SdkMapping}'s. Describe calls
 * page with {@code Marker} and {@code PageSize} (1..400) and answer {@code NextMarker}.
 */
final class ElbOperations {

    static final String VERSION = "2015-12-01";
    static final String PREFIX = VERSION + ".";
    static final String NAMESPACE = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    private static final int LARGEST_PAGE = 400;
    static final QueryWire.Flavour FLAVOUR = new QueryWire.Flavour(false, EcsRule.ELB_PARAMETER_KNOWN, ElbOperations::error);

    private ElbOperations() {
    }

    static void register(Map<String, Operation> operations) {
        operations.put(PREFIX + "CreateLoadBalancer", (kit, body) -> answer("CreateLoadBalancer", kit.api().loadBalancing()
                        .createLoadBalancer(domain(read(body, CreateLoadBalancerRequest::builder), io.ecskit.domain.elb.CreateLoadBalancerInput.class)),
                lb -> CreateLoadBalancerResponse.builder().loadBalancers(SdkMapping.toSdk(lb, LoadBalancer.class)).build()));
        operations.put(PREFIX + "DescribeLoadBalancers", (kit, body) -> {
            var r = read(body, DescribeLoadBalancersRequest::builder);
            return page("DescribeLoadBalancers", kit.api().loadBalancing().loadBalancers(List.ofAll(r.loadBalancerArns()), List.ofAll(r.names())),
                    r.pageSize(), r.marker(), lb -> lb.loadBalancerArn().get(), (items, next) -> DescribeLoadBalancersResponse.builder()
                            .loadBalancers(items.map(lb -> SdkMapping.toSdk(lb, LoadBalancer.class)).asJava()).nextMarker(next).build());
        });
        operations.put(PREFIX + "DeleteLoadBalancer", (kit, body) -> {
            var r = read(body, DeleteLoadBalancerRequest::builder);
            required(r.loadBalancerArn(), "loadBalancerArn");
            return answer("DeleteLoadBalancer", kit.api().loadBalancing().deleteLoadBalancer(r.loadBalancerArn()),
                    done -> DeleteLoadBalancerResponse.builder().build());
        });
        operations.put(PREFIX + "DescribeLoadBalancerAttributes", (kit, body) -> {
            var r = read(body, DescribeLoadBalancerAttributesRequest::builder);
            required(r.loadBalancerArn(), "loadBalancerArn");
            return answer("DescribeLoadBalancerAttributes", kit.api().loadBalancing().loadBalancerAttributes(r.loadBalancerArn()),
                    all -> DescribeLoadBalancerAttributesResponse.builder().attributes(all.map(a -> SdkMapping.toSdk(a, LoadBalancerAttribute.class))
                            .asJava()).build());
        });
        operations.put(PREFIX + "ModifyLoadBalancerAttributes", (kit, body) -> {
            var r = read(body, ModifyLoadBalancerAttributesRequest::builder);
            required(r.loadBalancerArn(), "loadBalancerArn");
            return answer("ModifyLoadBalancerAttributes", kit.api().loadBalancing().modifyLoadBalancerAttributes(r.loadBalancerArn(),
                            List.ofAll(r.attributes()).map(a -> SdkMapping.fromAws(a, io.ecskit.domain.elb.LoadBalancerAttribute.class))),
                    all -> ModifyLoadBalancerAttributesResponse.builder().attributes(all.map(a -> SdkMapping.toSdk(a, LoadBalancerAttribute.class))
                            .asJava()).build());
        });
        operations.put(PREFIX + "CreateTargetGroup", (kit, body) -> answer("CreateTargetGroup", kit.api().loadBalancing()
                        .createTargetGroup(domain(read(body, CreateTargetGroupRequest::builder), io.ecskit.domain.elb.CreateTargetGroupInput.class)),
                tg -> CreateTargetGroupResponse.builder().targetGroups(SdkMapping.toSdk(tg, TargetGroup.class)).build()));
        operations.put(PREFIX + "DescribeTargetGroups", (kit, body) -> {
            var r = read(body, DescribeTargetGroupsRequest::builder);
            return page("DescribeTargetGroups", kit.api().loadBalancing().targetGroups(Option.of(r.loadBalancerArn()), List.ofAll(r.targetGroupArns()),
                            List.ofAll(r.names())), r.pageSize(), r.marker(), tg -> tg.targetGroupArn().get(),
                    (items, next) -> DescribeTargetGroupsResponse.builder().targetGroups(items.map(tg -> SdkMapping.toSdk(tg, TargetGroup.class))
                            .asJava()).nextMarker(next).build());
        });
        operations.put(PREFIX + "ModifyTargetGroup", (kit, body) -> answer("ModifyTargetGroup", kit.api().loadBalancing()
                        .modifyTargetGroup(domain(read(body, ModifyTargetGroupRequest::builder), io.ecskit.domain.elb.ModifyTargetGroupInput.class)),
                tg -> ModifyTargetGroupResponse.builder().targetGroups(SdkMapping.toSdk(tg, TargetGroup.class)).build()));
        operations.put(PREFIX + "DeleteTargetGroup", (kit, body) -> {
            var r = read(body, DeleteTargetGroupRequest::builder);
            required(r.targetGroupArn(), "targetGroupArn");
            return answer("DeleteTargetGroup", kit.api().loadBalancing().deleteTargetGroup(r.targetGroupArn()),
                    done -> DeleteTargetGroupResponse.builder().build());
        });
        operations.put(PREFIX + "DescribeTargetGroupAttributes", (kit, body) -> {
            var r = read(body, DescribeTargetGroupAttributesRequest::builder);
            required(r.targetGroupArn(), "targetGroupArn");
            return answer("DescribeTargetGroupAttributes", kit.api().loadBalancing().targetGroupAttributes(r.targetGroupArn()),
                    all -> DescribeTargetGroupAttributesResponse.builder().attributes(all.map(a -> SdkMapping.toSdk(a, TargetGroupAttribute.class))
                            .asJava()).build());
        });
        operations.put(PREFIX + "ModifyTargetGroupAttributes", (kit, body) -> {
            var r = read(body, ModifyTargetGroupAttributesRequest::builder);
            required(r.targetGroupArn(), "targetGroupArn");
            return answer("ModifyTargetGroupAttributes", kit.api().loadBalancing().modifyTargetGroupAttributes(r.targetGroupArn(),
                            List.ofAll(r.attributes()).map(a -> SdkMapping.fromAws(a, io.ecskit.domain.elb.TargetGroupAttribute.class))),
                    all -> ModifyTargetGroupAttributesResponse.builder().attributes(all.map(a -> SdkMapping.toSdk(a, TargetGroupAttribute.class))
                            .asJava()).build());
        });
        operations.put(PREFIX + "CreateListener", (kit, body) -> answer("CreateListener", kit.api().loadBalancing()
                        .createListener(domain(read(body, CreateListenerRequest::builder), io.ecskit.domain.elb.CreateListenerInput.class)),
                l -> CreateListenerResponse.builder().listeners(SdkMapping.toSdk(l, Listener.class)).build()));
        operations.put(PREFIX + "DescribeListeners", (kit, body) -> {
            var r = read(body, DescribeListenersRequest::builder);
            return page("DescribeListeners", kit.api().loadBalancing().listeners(Option.of(r.loadBalancerArn()), List.ofAll(r.listenerArns())),
                    r.pageSize(), r.marker(), l -> l.listenerArn().get(), (items, next) -> DescribeListenersResponse.builder()
                            .listeners(items.map(l -> SdkMapping.toSdk(l, Listener.class)).asJava()).nextMarker(next).build());
        });
        operations.put(PREFIX + "ModifyListener", (kit, body) -> answer("ModifyListener", kit.api().loadBalancing()
                        .modifyListener(domain(read(body, ModifyListenerRequest::builder), io.ecskit.domain.elb.ModifyListenerInput.class)),
                l -> ModifyListenerResponse.builder().listeners(SdkMapping.toSdk(l, Listener.class)).build()));
        operations.put(PREFIX + "DeleteListener", (kit, body) -> {
            var r = read(body, DeleteListenerRequest::builder);
            required(r.listenerArn(), "listenerArn");
            return answer("DeleteListener", kit.api().loadBalancing().deleteListener(r.listenerArn()), done -> DeleteListenerResponse.builder().build());
        });
        operations.put(PREFIX + "CreateRule", (kit, body) -> answer("CreateRule", kit.api().loadBalancing()
                        .createRule(domain(read(body, CreateRuleRequest::builder), io.ecskit.domain.elb.CreateRuleInput.class)),
                rule -> CreateRuleResponse.builder().rules(SdkMapping.toSdk(rule, Rule.class)).build()));
        operations.put(PREFIX + "DescribeRules", (kit, body) -> {
            var r = read(body, DescribeRulesRequest::builder);
            if (r.listenerArn() == null && !r.hasRuleArns()) {
                throw new Wire.Refused(error(new EcsError.Other("ValidationError", "One of ListenerArn and RuleArns is required", Option.none())));
            }
            return page("DescribeRules", kit.api().loadBalancing().rules(Option.of(r.listenerArn()), List.ofAll(r.ruleArns())), r.pageSize(),
                    r.marker(), rule -> rule.ruleArn().get(), (items, next) -> DescribeRulesResponse.builder()
                            .rules(items.map(rule -> SdkMapping.toSdk(rule, Rule.class)).asJava()).nextMarker(next).build());
        });
        operations.put(PREFIX + "ModifyRule", (kit, body) -> answer("ModifyRule", kit.api().loadBalancing()
                        .modifyRule(domain(read(body, ModifyRuleRequest::builder), io.ecskit.domain.elb.ModifyRuleInput.class)),
                rule -> ModifyRuleResponse.builder().rules(SdkMapping.toSdk(rule, Rule.class)).build()));
        operations.put(PREFIX + "SetRulePriorities", (kit, body) -> {
            var r = read(body, SetRulePrioritiesRequest::builder);
            return answer("SetRulePriorities", kit.api().loadBalancing().setRulePriorities(List.ofAll(r.rulePriorities())
                            .map(p -> SdkMapping.fromAws(p, io.ecskit.domain.elb.RulePriorityPair.class))),
                    rules -> SetRulePrioritiesResponse.builder().rules(rules.map(rule -> SdkMapping.toSdk(rule, Rule.class)).asJava()).build());
        });
        operations.put(PREFIX + "DeleteRule", (kit, body) -> {
            var r = read(body, DeleteRuleRequest::builder);
            required(r.ruleArn(), "ruleArn");
            return answer("DeleteRule", kit.api().loadBalancing().deleteRule(r.ruleArn()), done -> DeleteRuleResponse.builder().build());
        });
        operations.put(PREFIX + "RegisterTargets", (kit, body) -> {
            var r = read(body, RegisterTargetsRequest::builder);
            required(r.targetGroupArn(), "targetGroupArn");
            return answer("RegisterTargets", kit.api().loadBalancing().registerTargets(r.targetGroupArn(), targets(r.targets())),
                    done -> RegisterTargetsResponse.builder().build());
        });
        operations.put(PREFIX + "DeregisterTargets", (kit, body) -> {
            var r = read(body, DeregisterTargetsRequest::builder);
            required(r.targetGroupArn(), "targetGroupArn");
            return answer("DeregisterTargets", kit.api().loadBalancing().deregisterTargets(r.targetGroupArn(), targets(r.targets())),
                    done -> DeregisterTargetsResponse.builder().build());
        });
        operations.put(PREFIX + "DescribeTargetHealth", (kit, body) -> {
            var r = read(body, DescribeTargetHealthRequest::builder);
            required(r.targetGroupArn(), "targetGroupArn");
            if (r.hasInclude() && !r.include().isEmpty()) {
                throw new Wire.Refused(error(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "DescribeTargetHealth Include (anomaly detection)")));
            }
            return answer("DescribeTargetHealth", kit.api().loadBalancing().targetHealth(r.targetGroupArn(), targets(r.targets())),
                    all -> DescribeTargetHealthResponse.builder().targetHealthDescriptions(all.map(h -> SdkMapping.toSdk(h, TargetHealthDescription.class))
                            .asJava()).build());
        });
        operations.put(PREFIX + "AddTags", (kit, body) -> {
            var r = read(body, AddTagsRequest::builder);
            return answer("AddTags", kit.api().loadBalancing().addTags(List.ofAll(r.resourceArns()),
                    List.ofAll(r.tags()).map(t -> io.ecskit.domain.Tag.of(t.key(), t.value()))), done -> AddTagsResponse.builder().build());
        });
        operations.put(PREFIX + "RemoveTags", (kit, body) -> {
            var r = read(body, RemoveTagsRequest::builder);
            return answer("RemoveTags", kit.api().loadBalancing().removeTags(List.ofAll(r.resourceArns()), List.ofAll(r.tagKeys())),
                    done -> RemoveTagsResponse.builder().build());
        });
        operations.put(PREFIX + "DescribeTags", (kit, body) -> {
            var r = read(body, DescribeTagsRequest::builder);
            return answer("DescribeTags", kit.api().loadBalancing().tags(List.ofAll(r.resourceArns())),
                    all -> DescribeTagsResponse.builder().tagDescriptions(all.map(d -> TagDescription.builder().resourceArn(d.resourceArn().getOrNull())
                            .tags(d.tags().map(t -> Tag.builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build()).asJava()).build())
                            .asJava()).build());
        });
    }

    /** SetSecurityGroups, SetSubnets, SetIpAddressType, capacity reservations, listener attributes and certificates, account limits. */
    static void registerSettings(Map<String, Operation> operations) {
        operations.put(PREFIX + "SetSecurityGroups", (kit, body) -> {
            var r = read(body, SetSecurityGroupsRequest::builder);
            required(r.loadBalancerArn(), "loadBalancerArn");
            if (!r.hasSecurityGroups()) {
                required(null, "securityGroups");
            }
            return answer("SetSecurityGroups", kit.api().loadBalancing().setSecurityGroups(r.loadBalancerArn(), List.ofAll(r.securityGroups()),
                            Option.of(r.enforceSecurityGroupInboundRulesOnPrivateLinkTrafficAsString())),
                    lb -> SetSecurityGroupsResponse.builder().securityGroupIds(lb.securityGroups().asJava())
                            .enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(lb.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic().getOrNull()).build());
        });
        operations.put(PREFIX + "SetSubnets", (kit, body) -> {
            var r = read(body, SetSubnetsRequest::builder);
            required(r.loadBalancerArn(), "loadBalancerArn");
            if (r.enablePrefixForIpv6SourceNat() != null) {
                throw new Wire.Refused(error(EcsError.of(EcsRule.ELB_MEMBER_MODELLED, "EnablePrefixForIpv6SourceNat")));
            }
            Seq<io.ecskit.domain.elb.SubnetMapping> mappings = List.ofAll(r.subnets()).map(id -> io.ecskit.domain.elb.SubnetMapping.builder()
                    .subnetId(id).build()).appendAll(List.ofAll(r.subnetMappings()).map(m -> SdkMapping.fromAws(m, io.ecskit.domain.elb.SubnetMapping.class)));
            return answer("SetSubnets", kit.api().loadBalancing().setSubnets(r.loadBalancerArn(), mappings, Option.of(r.ipAddressTypeAsString())
                            .map(ElbOperations::addressType)),
                    lb -> SetSubnetsResponse.builder().availabilityZones(lb.availabilityZones().map(z -> SdkMapping.toSdk(z, AvailabilityZone.class)).asJava())
                            .ipAddressType(lb.ipAddressType().map(t -> t.wire()).getOrNull()).build());
        });
        operations.put(PREFIX + "SetIpAddressType", (kit, body) -> {
            var r = read(body, SetIpAddressTypeRequest::builder);
            required(r.loadBalancerArn(), "loadBalancerArn");
            required(r.ipAddressTypeAsString(), "ipAddressType");
            return answer("SetIpAddressType", kit.api().loadBalancing().setIpAddressType(r.loadBalancerArn(), addressType(r.ipAddressTypeAsString())),
                    lb -> SetIpAddressTypeResponse.builder().ipAddressType(lb.ipAddressType().map(t -> t.wire()).getOrNull()).build());
        });
        operations.put(PREFIX + "DescribeCapacityReservation", (kit, body) -> {
            var r = read(body, DescribeCapacityReservationRequest::builder);
            required(r.loadBalancerArn(), "loadBalancerArn");
            return answer("DescribeCapacityReservation", kit.api().loadBalancing().capacityReservation(r.loadBalancerArn()),
                    c -> SdkMapping.toSdk(c, DescribeCapacityReservationResponse.class));
        });
        operations.put(PREFIX + "ModifyCapacityReservation", (kit, body) -> {
            var r = read(body, ModifyCapacityReservationRequest::builder);
            required(r.loadBalancerArn(), "loadBalancerArn");
            return answer("ModifyCapacityReservation", kit.api().loadBalancing().modifyCapacityReservation(r.loadBalancerArn(),
                            Option.of(r.minimumLoadBalancerCapacity()).map(m -> m.capacityUnits()), Boolean.TRUE.equals(r.resetCapacityReservation())),
                    c -> SdkMapping.toSdk(c, ModifyCapacityReservationResponse.class));
        });
        operations.put(PREFIX + "DescribeListenerAttributes", (kit, body) -> {
            var r = read(body, DescribeListenerAttributesRequest::builder);
            required(r.listenerArn(), "listenerArn");
            return answer("DescribeListenerAttributes", kit.api().loadBalancing().listenerAttributes(r.listenerArn()),
                    all -> DescribeListenerAttributesResponse.builder().attributes(all.map(ElbOperations::listenerAttribute).asJava()).build());
        });
        operations.put(PREFIX + "ModifyListenerAttributes", (kit, body) -> {
            var r = read(body, ModifyListenerAttributesRequest::builder);
            required(r.listenerArn(), "listenerArn");
            return answer("ModifyListenerAttributes", kit.api().loadBalancing().modifyListenerAttributes(r.listenerArn(), List.ofAll(r.attributes())
                            .map(a -> new io.ecskit.domain.elb.LoadBalancerAttribute(Option.of(a.key()), Option.of(a.value())))),
                    all -> ModifyListenerAttributesResponse.builder().attributes(all.map(ElbOperations::listenerAttribute).asJava()).build());
        });
        operations.put(PREFIX + "DescribeListenerCertificates", (kit, body) -> {
            var r = read(body, DescribeListenerCertificatesRequest::builder);
            required(r.listenerArn(), "listenerArn");
            return page("DescribeListenerCertificates", kit.api().loadBalancing().listenerCertificates(r.listenerArn()), r.pageSize(), r.marker(),
                    c -> c.certificateArn().getOrElse("") + "|" + c.isDefault().getOrElse(false), (items, next) -> DescribeListenerCertificatesResponse
                            .builder().certificates(items.map(c -> SdkMapping.toSdk(c, Certificate.class)).asJava()).nextMarker(next).build());
        });
        operations.put(PREFIX + "AddListenerCertificates", (kit, body) -> {
            var r = read(body, AddListenerCertificatesRequest::builder);
            required(r.listenerArn(), "listenerArn");
            return answer("AddListenerCertificates", kit.api().loadBalancing().addListenerCertificates(r.listenerArn(), certificates(r.certificates())),
                    added -> AddListenerCertificatesResponse.builder().certificates(added.map(c -> SdkMapping.toSdk(c, Certificate.class)).asJava()).build());
        });
        operations.put(PREFIX + "RemoveListenerCertificates", (kit, body) -> {
            var r = read(body, RemoveListenerCertificatesRequest::builder);
            required(r.listenerArn(), "listenerArn");
            return answer("RemoveListenerCertificates", kit.api().loadBalancing().removeListenerCertificates(r.listenerArn(), certificates(r.certificates())),
                    done -> RemoveListenerCertificatesResponse.builder().build());
        });
        operations.put(PREFIX + "DescribeAccountLimits", (kit, body) -> {
            var r = read(body, DescribeAccountLimitsRequest::builder);
            return page("DescribeAccountLimits", kit.api().loadBalancing().accountLimits(), r.pageSize(), r.marker(), l -> l.name().getOrElse(""),
                    (items, next) -> DescribeAccountLimitsResponse.builder().limits(items.map(l -> Limit.builder().name(l.name().getOrNull())
                            .max(l.max().getOrNull()).build()).asJava()).nextMarker(next).build());
        });
    }

    private static ListenerAttribute listenerAttribute(io.ecskit.domain.elb.LoadBalancerAttribute a) {
        return ListenerAttribute.builder().key(a.key().getOrNull()).value(a.value().getOrNull()).build();
    }

    /** The certificates named (at least one), each with its ARN. */
    private static Seq<io.ecskit.domain.elb.Certificate> certificates(java.util.List<Certificate> certificates) {
        if (certificates.isEmpty()) {
            required(null, "certificates");
        }
        return List.ofAll(certificates).map(c -> SdkMapping.fromAws(c, io.ecskit.domain.elb.Certificate.class));
    }

    /** An IP address type of the model; any other refused in Coral's words. */
    private static io.ecskit.domain.elb.IpAddressType addressType(String wire) {
        List<io.ecskit.domain.elb.IpAddressType> types = List.of(io.ecskit.domain.elb.IpAddressType.values());
        return types.find(t -> t.wire().equals(wire)).getOrElseThrow(() -> new Wire.Refused(error(new EcsError.Other("ValidationError",
                "1 validation error detected: " + EcsRule.MEMBER_CONSTRAINT.message(" '" + wire + "'", "ipAddressType",
                        "satisfy enum value set: [" + types.map(t -> t.wire()).mkString(", ") + "]"), Option.none()))));
    }

    /** The targets named, each with its Id (Coral's null answer otherwise). */
    private static Seq<io.ecskit.domain.elb.TargetDescription> targets(java.util.List<TargetDescription> targets) {
        for (int i = 0; i < targets.size(); i++) {
            required(targets.get(i).id(), "targets." + (i + 1) + ".member.id");
        }
        return List.ofAll(targets).map(t -> SdkMapping.fromAws(t, io.ecskit.domain.elb.TargetDescription.class));
    }

    private static <B extends SdkBuilder<B, R> & SdkPojo, R extends SdkPojo> R read(String body, Supplier<B> builder) {
        return QueryWire.read(body, builder, FLAVOUR, NAMESPACE);
    }

    private static <T> T domain(SdkPojo request, Class<T> type) {
        return SdkMapping.toDomain(request, type).getOrElseThrow(problems -> new Wire.Refused(error(
                new EcsError.Other("ValidationError", "1 validation error detected: " + problems.head().message(), Option.none()))));
    }

    private static <T> Answer answer(String action, io.vavr.control.Either<EcsError, T> result, java.util.function.Function<T, SdkPojo> response) {
        return result.fold(ElbOperations::error, value -> QueryWire.query(action, NAMESPACE, response.apply(value), Set.of(), true));
    }

    /** A Describe call's page: PageSize 1..400 (all when absent), Marker as this server handed it out, NextMarker while more remain. */
    private static <T> Answer page(String action, io.vavr.control.Either<EcsError, Seq<T>> found, Integer pageSize, String marker,
                                   java.util.function.Function<? super T, String> key,
                                   java.util.function.BiFunction<Seq<T>, String, SdkPojo> response) {
        if (pageSize != null && (pageSize < 1 || pageSize > LARGEST_PAGE)) {
            return error(new EcsError.Other("ValidationError", "1 validation error detected: " + EcsRule.MEMBER_CONSTRAINT.message(" '" + pageSize + "'",
                    "pageSize", pageSize < 1 ? "have value greater than or equal to 1" : "have value less than or equal to 400"), Option.none()));
        }
        if (found.isLeft()) {
            return error(found.getLeft());
        }
        Option<Pages.Request> request = Pages.resume("elb:" + action, pageSize == null ? LARGEST_PAGE : pageSize, marker);
        if (request.isEmpty()) {
            return error(EcsError.of(EcsRule.ELB_MARKER_VALID, marker));
        }
        Pages.Page<T> page = request.get().of(found.get(), key);
        return QueryWire.query(action, NAMESPACE, response.apply(page.items(), page.nextToken().getOrNull()), Set.of(), true);
    }

    private static void required(Object value, String member) {
        if (value == null) {
            throw new Wire.Refused(error(new EcsError.Other("ValidationError", "1 validation error detected: "
                    + EcsRule.MEMBER_CONSTRAINT.message(" null", member, "not be null"), Option.none())));
        }
    }

    /** ELB's error: an ErrorResponse in its namespace (400; a throttle is Throttling). */
    static Answer error(EcsError error) {
        String code = error instanceof EcsError.Throttled ? "Throttling" : error.code();
        return QueryOperations.error(error instanceof EcsError.Unavailable ? 500 : 400, code, error.message(), NAMESPACE);
    }

    /** The ELB rows served, by action. */
    static List<String> served(Map<String, Operation> operations) {
        return List.ofAll(operations.keySet()).filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length())).sorted();
    }
}
