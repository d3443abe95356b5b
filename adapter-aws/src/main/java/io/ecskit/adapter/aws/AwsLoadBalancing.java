package io.ecskit.adapter.aws;

import io.ecskit.domain.Done;
import io.ecskit.domain.Tag;
import io.ecskit.domain.elb.CreateListenerInput;
import io.ecskit.domain.elb.CreateLoadBalancerInput;
import io.ecskit.domain.elb.CreateRuleInput;
import io.ecskit.domain.elb.CreateTargetGroupInput;
import io.ecskit.domain.elb.Listener;
import io.ecskit.domain.elb.LoadBalancer;
import io.ecskit.domain.elb.LoadBalancerAttribute;
import io.ecskit.domain.elb.ModifyListenerInput;
import io.ecskit.domain.elb.ModifyRuleInput;
import io.ecskit.domain.elb.ModifyTargetGroupInput;
import io.ecskit.domain.elb.Rule;
import io.ecskit.domain.elb.RulePriorityPair;
import io.ecskit.domain.elb.TagDescription;
import io.ecskit.domain.elb.TargetDescription;
import io.ecskit.domain.elb.TargetGroup;
import io.ecskit.domain.elb.TargetGroupAttribute;
import io.ecskit.domain.elb.TargetHealthDescription;
import io.ecskit.domain.error.EcsError;
import io.ecskit.mapping.SdkMapping;
import io.ecskit.port.out.LoadBalancingPort;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateLoadBalancerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.CreateTargetGroupRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyListenerRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyRuleRequest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ModifyTargetGroupRequest;

/** Elastic Load Balancing v2 on AWS (issue 25 item 3): the port's calls on the SDK's client, mapped by {@link SdkMapping}. */
final class AwsLoadBalancing implements LoadBalancingPort {

    private final AwsClients aws;

    @Inject
    AwsLoadBalancing(AwsClients aws) {
        this.aws = aws;
    }

    private static software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription sdk(TargetDescription t) {
        return SdkMapping.toSdk(t, software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription.class);
    }

    @Override
    public Either<EcsError, LoadBalancer> createLoadBalancer(CreateLoadBalancerInput input) {
        return aws.call(() -> aws.elb.createLoadBalancer(SdkMapping.toSdk(input, CreateLoadBalancerRequest.class)),
                r -> SdkMapping.fromAws(r.loadBalancers().get(0), LoadBalancer.class));
    }

    @Override
    public Either<EcsError, Seq<LoadBalancer>> loadBalancers(Seq<String> arns, Seq<String> names) {
        return aws.call(() -> List.ofAll(aws.elb.describeLoadBalancersPaginator(r -> r.loadBalancerArns(arns.isEmpty() ? null : arns.asJava())
                .names(names.isEmpty() ? null : names.asJava())).loadBalancers()).map(l -> SdkMapping.fromAws(l, LoadBalancer.class)));
    }

    @Override
    public Either<EcsError, Done> deleteLoadBalancer(String arn) {
        return aws.call(() -> aws.elb.deleteLoadBalancer(r -> r.loadBalancerArn(arn)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<LoadBalancerAttribute>> loadBalancerAttributes(String arn) {
        return aws.call(() -> aws.elb.describeLoadBalancerAttributes(r -> r.loadBalancerArn(arn)),
                r -> List.ofAll(r.attributes()).map(a -> SdkMapping.fromAws(a, LoadBalancerAttribute.class)));
    }

    @Override
    public Either<EcsError, Seq<LoadBalancerAttribute>> modifyLoadBalancerAttributes(String arn, Seq<LoadBalancerAttribute> attributes) {
        return aws.call(() -> aws.elb.modifyLoadBalancerAttributes(r -> r.loadBalancerArn(arn).attributes(attributes.map(a -> SdkMapping.toSdk(a,
                        software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute.class)).asJava())),
                r -> List.ofAll(r.attributes()).map(a -> SdkMapping.fromAws(a, LoadBalancerAttribute.class)));
    }

    @Override
    public Either<EcsError, TargetGroup> createTargetGroup(CreateTargetGroupInput input) {
        return aws.call(() -> aws.elb.createTargetGroup(SdkMapping.toSdk(input, CreateTargetGroupRequest.class)),
                r -> SdkMapping.fromAws(r.targetGroups().get(0), TargetGroup.class));
    }

    @Override
    public Either<EcsError, Seq<TargetGroup>> targetGroups(Option<String> loadBalancerArn, Seq<String> arns, Seq<String> names) {
        return aws.call(() -> List.ofAll(aws.elb.describeTargetGroupsPaginator(r -> r.loadBalancerArn(loadBalancerArn.getOrNull())
                        .targetGroupArns(arns.isEmpty() ? null : arns.asJava()).names(names.isEmpty() ? null : names.asJava())).targetGroups())
                .map(t -> SdkMapping.fromAws(t, TargetGroup.class)));
    }

    @Override
    public Either<EcsError, TargetGroup> modifyTargetGroup(ModifyTargetGroupInput input) {
        return aws.call(() -> aws.elb.modifyTargetGroup(SdkMapping.toSdk(input, ModifyTargetGroupRequest.class)),
                r -> SdkMapping.fromAws(r.targetGroups().get(0), TargetGroup.class));
    }

    @Override
    public Either<EcsError, Done> deleteTargetGroup(String arn) {
        return aws.call(() -> aws.elb.deleteTargetGroup(r -> r.targetGroupArn(arn)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<TargetGroupAttribute>> targetGroupAttributes(String arn) {
        return aws.call(() -> aws.elb.describeTargetGroupAttributes(r -> r.targetGroupArn(arn)),
                r -> List.ofAll(r.attributes()).map(a -> SdkMapping.fromAws(a, TargetGroupAttribute.class)));
    }

    @Override
    public Either<EcsError, Seq<TargetGroupAttribute>> modifyTargetGroupAttributes(String arn, Seq<TargetGroupAttribute> attributes) {
        return aws.call(() -> aws.elb.modifyTargetGroupAttributes(r -> r.targetGroupArn(arn).attributes(attributes.map(a -> SdkMapping.toSdk(a,
                        software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupAttribute.class)).asJava())),
                r -> List.ofAll(r.attributes()).map(a -> SdkMapping.fromAws(a, TargetGroupAttribute.class)));
    }

    @Override
    public Either<EcsError, Listener> createListener(CreateListenerInput input) {
        return aws.call(() -> aws.elb.createListener(SdkMapping.toSdk(input, CreateListenerRequest.class)),
                r -> SdkMapping.fromAws(r.listeners().get(0), Listener.class));
    }

    @Override
    public Either<EcsError, Seq<Listener>> listeners(Option<String> loadBalancerArn, Seq<String> arns) {
        return aws.call(() -> List.ofAll(aws.elb.describeListenersPaginator(r -> r.loadBalancerArn(loadBalancerArn.getOrNull())
                .listenerArns(arns.isEmpty() ? null : arns.asJava())).listeners()).map(l -> SdkMapping.fromAws(l, Listener.class)));
    }

    @Override
    public Either<EcsError, Listener> modifyListener(ModifyListenerInput input) {
        return aws.call(() -> aws.elb.modifyListener(SdkMapping.toSdk(input, ModifyListenerRequest.class)),
                r -> SdkMapping.fromAws(r.listeners().get(0), Listener.class));
    }

    @Override
    public Either<EcsError, Done> deleteListener(String arn) {
        return aws.call(() -> aws.elb.deleteListener(r -> r.listenerArn(arn)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Rule> createRule(CreateRuleInput input) {
        return aws.call(() -> aws.elb.createRule(SdkMapping.toSdk(input, CreateRuleRequest.class)), r -> SdkMapping.fromAws(r.rules().get(0), Rule.class));
    }

    @Override
    public Either<EcsError, Seq<Rule>> rules(Option<String> listenerArn, Seq<String> arns) {
        return aws.call(() -> List.ofAll(aws.elb.describeRulesPaginator(r -> r.listenerArn(listenerArn.getOrNull())
                .ruleArns(arns.isEmpty() ? null : arns.asJava())).rules()).map(r -> SdkMapping.fromAws(r, Rule.class)));
    }

    @Override
    public Either<EcsError, Rule> modifyRule(ModifyRuleInput input) {
        return aws.call(() -> aws.elb.modifyRule(SdkMapping.toSdk(input, ModifyRuleRequest.class)), r -> SdkMapping.fromAws(r.rules().get(0), Rule.class));
    }

    @Override
    public Either<EcsError, Seq<Rule>> setRulePriorities(Seq<RulePriorityPair> priorities) {
        return aws.call(() -> aws.elb.setRulePriorities(r -> r.rulePriorities(priorities.map(p -> SdkMapping.toSdk(p,
                        software.amazon.awssdk.services.elasticloadbalancingv2.model.RulePriorityPair.class)).asJava())),
                r -> List.ofAll(r.rules()).map(rule -> SdkMapping.fromAws(rule, Rule.class)));
    }

    @Override
    public Either<EcsError, Done> deleteRule(String arn) {
        return aws.call(() -> aws.elb.deleteRule(r -> r.ruleArn(arn)), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> registerTargets(String targetGroupArn, Seq<TargetDescription> targets) {
        return aws.call(() -> aws.elb.registerTargets(r -> r.targetGroupArn(targetGroupArn).targets(targets.map(AwsLoadBalancing::sdk).asJava())),
                r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> deregisterTargets(String targetGroupArn, Seq<TargetDescription> targets) {
        return aws.call(() -> aws.elb.deregisterTargets(r -> r.targetGroupArn(targetGroupArn).targets(targets.map(AwsLoadBalancing::sdk).asJava())),
                r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<TargetHealthDescription>> targetHealth(String targetGroupArn, Seq<TargetDescription> targets) {
        return aws.call(() -> aws.elb.describeTargetHealth(r -> r.targetGroupArn(targetGroupArn)
                        .targets(targets.isEmpty() ? null : targets.map(AwsLoadBalancing::sdk).asJava())),
                r -> List.ofAll(r.targetHealthDescriptions()).map(h -> SdkMapping.fromAws(h, TargetHealthDescription.class)));
    }

    @Override
    public Either<EcsError, Done> addTags(Seq<String> resourceArns, Seq<Tag> tags) {
        return aws.call(() -> aws.elb.addTags(r -> r.resourceArns(resourceArns.asJava()).tags(tags.map(t ->
                software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag.builder().key(t.key().getOrNull()).value(t.value().getOrNull()).build())
                .asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Done> removeTags(Seq<String> resourceArns, Seq<String> tagKeys) {
        return aws.call(() -> aws.elb.removeTags(r -> r.resourceArns(resourceArns.asJava()).tagKeys(tagKeys.asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<TagDescription>> tags(Seq<String> resourceArns) {
        return aws.call(() -> aws.elb.describeTags(r -> r.resourceArns(resourceArns.asJava())), r -> List.ofAll(r.tagDescriptions())
                .map(d -> new TagDescription(Option.of(d.resourceArn()), List.ofAll(d.tags()).map(t -> Tag.of(t.key(), t.value())))));
    }
    /** The load balancer as DescribeLoadBalancers answers it after a change (the Set* calls answer only parts of it). */
    private Either<EcsError, LoadBalancer> described(String arn) {
        return loadBalancers(List.of(arn), List.empty()).flatMap(found -> found.headOption()
                .toEither(() -> io.ecskit.domain.error.EcsError.of(io.ecskit.domain.EcsRule.ELB_LOAD_BALANCER_FOUND)));
    }

    @Override
    public Either<EcsError, LoadBalancer> setSecurityGroups(String loadBalancerArn, Seq<String> securityGroups, Option<String> enforce) {
        return aws.call(() -> aws.elb.setSecurityGroups(r -> r.loadBalancerArn(loadBalancerArn).securityGroups(securityGroups.asJava())
                .enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(enforce.getOrNull()))).flatMap(r -> described(loadBalancerArn));
    }

    @Override
    public Either<EcsError, LoadBalancer> setSubnets(String loadBalancerArn, Seq<io.ecskit.domain.elb.SubnetMapping> subnets,
                                                    Option<io.ecskit.domain.elb.IpAddressType> ipAddressType) {
        return aws.call(() -> aws.elb.setSubnets(r -> r.loadBalancerArn(loadBalancerArn).subnetMappings(subnets.map(m -> SdkMapping.toSdk(m,
                        software.amazon.awssdk.services.elasticloadbalancingv2.model.SubnetMapping.class)).asJava())
                .ipAddressType(ipAddressType.map(t -> t.wire()).getOrNull()))).flatMap(r -> described(loadBalancerArn));
    }

    @Override
    public Either<EcsError, LoadBalancer> setIpAddressType(String loadBalancerArn, io.ecskit.domain.elb.IpAddressType ipAddressType) {
        return aws.call(() -> aws.elb.setIpAddressType(r -> r.loadBalancerArn(loadBalancerArn).ipAddressType(ipAddressType.wire())))
                .flatMap(r -> described(loadBalancerArn));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.elb.DescribeCapacityReservationOutput> capacityReservation(String loadBalancerArn) {
        return aws.call(() -> aws.elb.describeCapacityReservation(r -> r.loadBalancerArn(loadBalancerArn)),
                r -> SdkMapping.fromAws(r, io.ecskit.domain.elb.DescribeCapacityReservationOutput.class));
    }

    @Override
    public Either<EcsError, io.ecskit.domain.elb.DescribeCapacityReservationOutput> modifyCapacityReservation(String loadBalancerArn,
                                                                                                            Option<Integer> capacityUnits, boolean reset) {
        return aws.call(() -> aws.elb.modifyCapacityReservation(r -> r.loadBalancerArn(loadBalancerArn)
                        .minimumLoadBalancerCapacity(capacityUnits.map(u -> software.amazon.awssdk.services.elasticloadbalancingv2.model
                                .MinimumLoadBalancerCapacity.builder().capacityUnits(u).build()).getOrNull()).resetCapacityReservation(reset ? true : null)),
                r -> new io.ecskit.domain.elb.DescribeCapacityReservationOutput(Option.of(r.lastModifiedTime()), Option.of(r.decreaseRequestsRemaining()),
                        Option.of(r.minimumLoadBalancerCapacity()).map(m -> new io.ecskit.domain.elb.MinimumLoadBalancerCapacity(Option.of(m.capacityUnits()))),
                        List.ofAll(r.capacityReservationState()).map(z -> SdkMapping.fromAws(z, io.ecskit.domain.elb.ZonalCapacityReservationState.class))));
    }

    @Override
    public Either<EcsError, Seq<LoadBalancerAttribute>> listenerAttributes(String listenerArn) {
        return aws.call(() -> aws.elb.describeListenerAttributes(r -> r.listenerArn(listenerArn)),
                r -> List.ofAll(r.attributes()).map(a -> new LoadBalancerAttribute(Option.of(a.key()), Option.of(a.value()))));
    }

    @Override
    public Either<EcsError, Seq<LoadBalancerAttribute>> modifyListenerAttributes(String listenerArn, Seq<LoadBalancerAttribute> attributes) {
        return aws.call(() -> aws.elb.modifyListenerAttributes(r -> r.listenerArn(listenerArn).attributes(attributes.map(a ->
                        software.amazon.awssdk.services.elasticloadbalancingv2.model.ListenerAttribute.builder().key(a.key().getOrNull())
                                .value(a.value().getOrNull()).build()).asJava())),
                r -> List.ofAll(r.attributes()).map(a -> new LoadBalancerAttribute(Option.of(a.key()), Option.of(a.value()))));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.elb.Certificate>> listenerCertificates(String listenerArn) {
        return aws.call(() -> List.ofAll(aws.elb.describeListenerCertificatesPaginator(r -> r.listenerArn(listenerArn)).certificates())
                .map(c -> SdkMapping.fromAws(c, io.ecskit.domain.elb.Certificate.class)));
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.elb.Certificate>> addListenerCertificates(String listenerArn, Seq<io.ecskit.domain.elb.Certificate> certificates) {
        return aws.call(() -> aws.elb.addListenerCertificates(r -> r.listenerArn(listenerArn).certificates(certificates.map(c -> SdkMapping.toSdk(c,
                        software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate.class)).asJava())),
                r -> List.ofAll(r.certificates()).map(c -> SdkMapping.fromAws(c, io.ecskit.domain.elb.Certificate.class)));
    }

    @Override
    public Either<EcsError, Done> removeListenerCertificates(String listenerArn, Seq<io.ecskit.domain.elb.Certificate> certificates) {
        return aws.call(() -> aws.elb.removeListenerCertificates(r -> r.listenerArn(listenerArn).certificates(certificates.map(c -> SdkMapping.toSdk(c,
                software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate.class)).asJava())), r -> Done.DONE);
    }

    @Override
    public Either<EcsError, Seq<io.ecskit.domain.elb.Limit>> accountLimits() {
        return aws.call(() -> {
            java.util.List<io.ecskit.domain.elb.Limit> all = new java.util.ArrayList<>();
            String marker = null;
            do {
                String from = marker;
                var page = aws.elb.describeAccountLimits(r -> r.marker(from));
                page.limits().forEach(l -> all.add(new io.ecskit.domain.elb.Limit(Option.of(l.name()), Option.of(l.max()))));
                marker = page.nextMarker();
            } while (marker != null);
            return List.ofAll(all);
        });
    }
}
