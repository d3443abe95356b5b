package io.ecskit.port.out;

import io.ecskit.domain.Done;
import io.ecskit.domain.Tag;
import io.ecskit.domain.elb.Certificate;
import io.ecskit.domain.elb.CreateListenerInput;
import io.ecskit.domain.elb.CreateLoadBalancerInput;
import io.ecskit.domain.elb.CreateRuleInput;
import io.ecskit.domain.elb.CreateTargetGroupInput;
import io.ecskit.domain.elb.DescribeCapacityReservationOutput;
import io.ecskit.domain.elb.IpAddressType;
import io.ecskit.domain.elb.Limit;
import io.ecskit.domain.elb.Listener;
import io.ecskit.domain.elb.LoadBalancer;
import io.ecskit.domain.elb.LoadBalancerAttribute;
import io.ecskit.domain.elb.ModifyListenerInput;
import io.ecskit.domain.elb.ModifyRuleInput;
import io.ecskit.domain.elb.ModifyTargetGroupInput;
import io.ecskit.domain.elb.Rule;
import io.ecskit.domain.elb.RulePriorityPair;
import io.ecskit.domain.elb.SubnetMapping;
import io.ecskit.domain.elb.TagDescription;
import io.ecskit.domain.elb.TargetDescription;
import io.ecskit.domain.elb.TargetGroup;
import io.ecskit.domain.elb.TargetGroupAttribute;
import io.ecskit.domain.elb.TargetHealthDescription;
import io.ecskit.domain.error.EcsError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Elastic Load Balancing v2 of one region as far as ECS services use it (issue 25 item 3): application and network load
 * balancers, target groups, listeners and their rules, targets and their health on the clock, attributes and tags. The
 * requests are the model's shapes (records written from botocore's model). Errors are Elastic Load Balancing's
 * (LoadBalancerNotFound, DuplicateTargetGroupName, ResourceInUse, PriorityInUse, ValidationError, ...; docs/ecs-rules.md,
 * "Elastic Load Balancing"). Source: Elastic Load Balancing API reference; Application and Network Load Balancer guides.
 */
public interface LoadBalancingPort {

    /** CreateLoadBalancer: provisioning, active a minute later; the same name with the same settings answers the one there is. */
    Either<EcsError, LoadBalancer> createLoadBalancer(CreateLoadBalancerInput input);

    /** DescribeLoadBalancers, every page: by ARNs, by names, or all. */
    Either<EcsError, Seq<LoadBalancer>> loadBalancers(Seq<String> arns, Seq<String> names);

    /** DeleteLoadBalancer: it and its listeners and rules go (its target groups stay). */
    Either<EcsError, Done> deleteLoadBalancer(String arn);

    /** DescribeLoadBalancerAttributes: every attribute, defaults included. */
    Either<EcsError, Seq<LoadBalancerAttribute>> loadBalancerAttributes(String arn);

    /** ModifyLoadBalancerAttributes: the attributes given changed; every attribute answered. */
    Either<EcsError, Seq<LoadBalancerAttribute>> modifyLoadBalancerAttributes(String arn, Seq<LoadBalancerAttribute> attributes);

    /** CreateTargetGroup: with Elastic Load Balancing's health check defaults; the same name with the same settings answers the one there is. */
    Either<EcsError, TargetGroup> createTargetGroup(CreateTargetGroupInput input);

    /** DescribeTargetGroups, every page: by a load balancer, by ARNs, by names, or all. */
    Either<EcsError, Seq<TargetGroup>> targetGroups(Option<String> loadBalancerArn, Seq<String> arns, Seq<String> names);

    /** ModifyTargetGroup: its health check settings. */
    Either<EcsError, TargetGroup> modifyTargetGroup(ModifyTargetGroupInput input);

    /** DeleteTargetGroup: ResourceInUse while a listener or rule forwards to it. */
    Either<EcsError, Done> deleteTargetGroup(String arn);

    /** DescribeTargetGroupAttributes: every attribute, defaults included. */
    Either<EcsError, Seq<TargetGroupAttribute>> targetGroupAttributes(String arn);

    /** ModifyTargetGroupAttributes: the attributes given changed; every attribute answered. */
    Either<EcsError, Seq<TargetGroupAttribute>> modifyTargetGroupAttributes(String arn, Seq<TargetGroupAttribute> attributes);

    /** CreateListener: with its default rule; the same port with the same settings answers the one there is. */
    Either<EcsError, Listener> createListener(CreateListenerInput input);

    /** DescribeListeners, every page: a load balancer's, or by ARNs. */
    Either<EcsError, Seq<Listener>> listeners(Option<String> loadBalancerArn, Seq<String> arns);

    /** ModifyListener: port, protocol, certificates, default actions. */
    Either<EcsError, Listener> modifyListener(ModifyListenerInput input);

    /** DeleteListener: it and its rules. */
    Either<EcsError, Done> deleteListener(String arn);

    /** CreateRule: a priority 1..50,000 no other rule of the listener has. */
    Either<EcsError, Rule> createRule(CreateRuleInput input);

    /** DescribeRules, every page: a listener's (by priority, the default last), or by ARNs. */
    Either<EcsError, Seq<Rule>> rules(Option<String> listenerArn, Seq<String> arns);

    /** ModifyRule: its conditions and actions. */
    Either<EcsError, Rule> modifyRule(ModifyRuleInput input);

    /** SetRulePriorities: the rules given, with their new priorities. */
    Either<EcsError, Seq<Rule>> setRulePriorities(Seq<RulePriorityPair> priorities);

    /** DeleteRule: a rule other than a listener's default. */
    Either<EcsError, Done> deleteRule(String arn);

    /** RegisterTargets: each target (an IP address or instance id, the group's port by default) health-checked from now. */
    Either<EcsError, Done> registerTargets(String targetGroupArn, Seq<TargetDescription> targets);

    /** DeregisterTargets: each target draining for the group's deregistration delay, then gone. */
    Either<EcsError, Done> deregisterTargets(String targetGroupArn, Seq<TargetDescription> targets);

    /** DescribeTargetHealth: the targets given (an unregistered one is unused), or every registered one. */
    Either<EcsError, Seq<TargetHealthDescription>> targetHealth(String targetGroupArn, Seq<TargetDescription> targets);

    /** AddTags: to load balancers, target groups, listeners and rules (at most 50 a resource). */
    Either<EcsError, Done> addTags(Seq<String> resourceArns, Seq<Tag> tags);

    /** RemoveTags. */
    Either<EcsError, Done> removeTags(Seq<String> resourceArns, Seq<String> tagKeys);

    /** DescribeTags: at most 20 resources. */
    Either<EcsError, Seq<TagDescription>> tags(Seq<String> resourceArns);
    /**
     * SetSecurityGroups: the load balancer's security groups from now (they must exist in its VPC); a network load
     * balancer made without any takes none later. {@code enforceInboundRulesOnPrivateLinkTraffic} (on or off) is a network
     * load balancer's. Answers the load balancer.
     */
    Either<EcsError, LoadBalancer> setSecurityGroups(String loadBalancerArn, Seq<String> securityGroups,
                                                     Option<String> enforceInboundRulesOnPrivateLinkTraffic);

    /**
     * SetSubnets: the load balancer's subnets from now, one per Availability Zone (an application load balancer's in two
     * zones at least), in its VPC; and its IP address type, when given. Answers the load balancer.
     */
    Either<EcsError, LoadBalancer> setSubnets(String loadBalancerArn, Seq<SubnetMapping> subnets, Option<IpAddressType> ipAddressType);

    /** SetIpAddressType: ipv4, dualstack or (application load balancers) dualstack-without-public-ipv4; internal ones ipv4. */
    Either<EcsError, LoadBalancer> setIpAddressType(String loadBalancerArn, IpAddressType ipAddressType);

    /**
     * DescribeCapacityReservation: the minimum capacity reserved (none by default), its state in each Availability Zone
     * (pending, then provisioned), and the decreases left for the day (two a day).
     */
    Either<EcsError, DescribeCapacityReservationOutput> capacityReservation(String loadBalancerArn);

    /** ModifyCapacityReservation: a minimum capacity in units, or {@code reset} to none; answers the reservation. */
    Either<EcsError, DescribeCapacityReservationOutput> modifyCapacityReservation(String loadBalancerArn, Option<Integer> capacityUnits, boolean reset);

    /** DescribeListenerAttributes: every attribute of the listener's protocol, defaults included. */
    Either<EcsError, Seq<LoadBalancerAttribute>> listenerAttributes(String listenerArn);

    /** ModifyListenerAttributes: the attributes given changed; every attribute answered. */
    Either<EcsError, Seq<LoadBalancerAttribute>> modifyListenerAttributes(String listenerArn, Seq<LoadBalancerAttribute> attributes);

    /** DescribeListenerCertificates: an HTTPS or TLS listener's certificates, then its default one (IsDefault true). */
    Either<EcsError, Seq<Certificate>> listenerCertificates(String listenerArn);

    /** AddListenerCertificates: certificates beside the default one (one already there is not added twice); answers those given. */
    Either<EcsError, Seq<Certificate>> addListenerCertificates(String listenerArn, Seq<Certificate> certificates);

    /** RemoveListenerCertificates: certificates other than the default one. */
    Either<EcsError, Done> removeListenerCertificates(String listenerArn, Seq<Certificate> certificates);

    /** DescribeAccountLimits: Elastic Load Balancing's quotas for the account, as AWS's defaults. */
    Either<EcsError, Seq<Limit>> accountLimits();
}
