package io.ecskit.contract;

import io.ecskit.domain.elb.Action;
import io.ecskit.domain.elb.ActionTypeEnum;
import io.ecskit.domain.elb.CreateListenerInput;
import io.ecskit.domain.elb.CreateLoadBalancerInput;
import io.ecskit.domain.elb.CreateTargetGroupInput;
import io.ecskit.domain.elb.Listener;
import io.ecskit.domain.elb.LoadBalancer;
import io.ecskit.domain.elb.ProtocolEnum;
import io.ecskit.domain.elb.TargetDescription;
import io.ecskit.domain.elb.TargetGroup;
import io.ecskit.domain.elb.TargetHealthStateEnum;
import io.ecskit.domain.elb.TargetTypeEnum;
import io.ecskit.domain.error.EcsError;
import io.ecskit.port.out.LoadBalancingPort;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LoadBalancingPort: Elastic Load Balancing v2 as ECS services use it (issue 25 item 3): a load balancer, a target group
 * and a listener forwarding to it; targets registered, health-checked and drained; ELB's refusals. What a test creates is
 * deleted after it (listeners, load balancers, then target groups).
 */
public abstract class LoadBalancingPortContract extends ContractTest {

    private final Deque<Runnable> cleanUp = new ArrayDeque<>();

    @AfterEach
    final void deleteWhatWasCreated() {
        while (!cleanUp.isEmpty()) {
            cleanUp.pop().run();
        }
    }

    private LoadBalancingPort elb() {
        return kit.api().loadBalancing();
    }

    /** The VPC of the backend's subnets (a made-up one where the backend models no networking). */
    private String vpc() {
        return kit.api().network().subnets(backend.subnets().take(1), List.empty()).toOption()
                .flatMap(found -> found.headOption()).flatMap(s -> s.vpcId()).getOrElse("vpc-0123456789abcdef0");
    }

    private LoadBalancer balancer() {
        LoadBalancer lb = right(elb().createLoadBalancer(CreateLoadBalancerInput.builder().name(fixtures.name("lb"))
                .subnets(backend.subnets().take(2).toList()).build()));
        cleanUp.push(() -> elb().deleteLoadBalancer(lb.loadBalancerArn().get()));
        return lb;
    }

    private TargetGroup group(String vpc) {
        TargetGroup g = right(elb().createTargetGroup(CreateTargetGroupInput.builder().name(fixtures.name("tg")).protocol(ProtocolEnum.HTTP)
                .port(80).vpcId(vpc).targetType(TargetTypeEnum.IP).build()));
        cleanUp.addLast(() -> elb().deleteTargetGroup(g.targetGroupArn().get()));
        return g;
    }

    private Listener listener(LoadBalancer lb, TargetGroup g) {
        Listener l = right(elb().createListener(CreateListenerInput.builder().loadBalancerArn(lb.loadBalancerArn().get()).protocol(ProtocolEnum.HTTP)
                .port(80).defaultActions(List.of(Action.builder().type(ActionTypeEnum.FORWARD).targetGroupArn(g.targetGroupArn()).build())).build()));
        cleanUp.push(() -> elb().deleteListener(l.listenerArn().get()));
        return l;
    }

    private void assertCode(Either<EcsError, ?> either, String code, String message) {
        assertThat(either.isLeft()).as("expected %s but got %s", code, either).isTrue();
        if (backend.lacks(Capability.ELB_MESSAGES).isEmpty()) {
            assertThat(either.getLeft().code()).isEqualTo(code);
            assertThat(either.getLeft().message()).isEqualTo(message);
        }
    }

    @Test
    void aLoadBalancer_aTargetGroup_andAListenerForwardingToIt_areDescribed() {
        String vpc = vpc();
        LoadBalancer lb = balancer();
        TargetGroup g = group(vpc);
        Listener l = listener(lb, g);

        var described = right(elb().loadBalancers(List.of(lb.loadBalancerArn().get()), List.empty())).single();
        var group = right(elb().targetGroups(Option.none(), List.of(g.targetGroupArn().get()), List.empty())).single();
        var rules = right(elb().rules(Option.of(l.listenerArn().get()), List.empty()));
        var attributes = right(elb().targetGroupAttributes(g.targetGroupArn().get()));

        assertThat(lb.loadBalancerArn().get()).startsWith("arn:aws:elasticloadbalancing:" + kit.region() + ":" + kit.accountId() + ":loadbalancer/app/");
        assertThat(described.dNSName().get()).contains(".elb.amazonaws.com");
        assertThat(described.type().map(t -> t.wire())).contains("application");
        assertThat(described.availabilityZones()).hasSize(2);
        assertThat(group.loadBalancerArns()).containsExactly(lb.loadBalancerArn().get());
        assertThat(group.healthCheckPath()).contains("/");
        assertThat(group.healthCheckIntervalSeconds()).contains(30);
        assertThat(rules.single().isDefault()).contains(true);
        assertThat(attributes.find(a -> a.key().contains("deregistration_delay.timeout_seconds")).flatMap(a -> a.value())).contains("300");
    }

    @Test
    void targets_areRegistered_checked_andDrained() {
        String vpc = vpc();
        LoadBalancer lb = balancer();
        TargetGroup g = group(vpc);
        listener(lb, g);
        String address = vpc.equals("vpc-0123456789abcdef0") ? "10.0.1.10" : "172.31.1.10";
        TargetDescription target = new TargetDescription(address, Option.none(), Option.none(), Option.none());

        right(elb().registerTargets(g.targetGroupArn().get(), List.of(target)));
        var registered = right(elb().targetHealth(g.targetGroupArn().get(), List.empty()));
        assertThat(registered.map(h -> h.target().get().id())).containsExactly(address);
        assertThat(registered.single().target().get().port()).as("the group's port").contains(80);
        if (backend.lacks(Capability.ELB_HEALTH_CHECKS).isEmpty()) {
            assertThat(registered.single().targetHealth().get().state()).contains(TargetHealthStateEnum.INITIAL);
            backend.passTime(Duration.ofSeconds(160));
            assertThat(right(elb().targetHealth(g.targetGroupArn().get(), List.empty())).single().targetHealth().get().state())
                    .contains(TargetHealthStateEnum.HEALTHY);
        }
        right(elb().deregisterTargets(g.targetGroupArn().get(), List.of(target)));
        var draining = right(elb().targetHealth(g.targetGroupArn().get(), List.empty()));
        if (backend.lacks(Capability.ELB_HEALTH_CHECKS).isEmpty()) {
            assertThat(draining.single().targetHealth().get().state()).contains(TargetHealthStateEnum.DRAINING);
        }
    }

    @Test
    void elbRefuses_duplicateNames_groupsInUse_andWhatIsNotThere() {
        String vpc = vpc();
        LoadBalancer lb = balancer();
        TargetGroup g = group(vpc);
        listener(lb, g);

        var renamed = elb().createTargetGroup(CreateTargetGroupInput.builder().name(g.targetGroupName().get()).protocol(ProtocolEnum.HTTP)
                .port(8080).vpcId(vpc).targetType(TargetTypeEnum.IP).build());
        var inUse = elb().deleteTargetGroup(g.targetGroupArn().get());
        var missing = elb().loadBalancers(List.of(lb.loadBalancerArn().get().replaceAll("/[0-9a-f]{16}$", "/0000000000000000")), List.empty());

        assertCode(renamed, "DuplicateTargetGroupName", "A target group with the same name '" + g.targetGroupName().get()
                + "' exists, but with different settings");
        assertCode(inUse, "ResourceInUse", "Target group '" + g.targetGroupArn().get() + "' is currently in use by a listener or a rule");
        assertCode(missing, "LoadBalancerNotFound", "One or more load balancers not found");
    }
    @Test
    void aLoadBalancersSubnetsAndAddressTypeChange_andItsCapacityReservationIsNoneAtFirst() {
        requires(Capability.ELB_SETTINGS);
        LoadBalancer lb = balancer();
        String arn = lb.loadBalancerArn().get();

        LoadBalancer moved = right(elb().setSubnets(arn, backend.subnets().take(2).map(id -> io.ecskit.domain.elb.SubnetMapping.builder()
                .subnetId(id).build()), Option.none()));
        assertThat(moved.availabilityZones().flatMap(z -> z.subnetId())).containsExactlyInAnyOrderElementsOf(backend.subnets().take(2));
        LoadBalancer grouped = right(elb().setSecurityGroups(arn, lb.securityGroups(), Option.none()));
        assertThat(grouped.securityGroups()).containsExactlyElementsOf(lb.securityGroups());
        assertThat(right(elb().setIpAddressType(arn, io.ecskit.domain.elb.IpAddressType.IPV4)).ipAddressType())
                .contains(io.ecskit.domain.elb.IpAddressType.IPV4);

        assertThat(right(elb().accountLimits()).map(l -> l.name().get())).contains("application-load-balancers", "target-groups",
                "listeners-per-application-load-balancer");
        var reservation = right(elb().capacityReservation(arn));
        assertThat(reservation.minimumLoadBalancerCapacity()).isEmpty();
        if (backend.lacks(Capability.ELB_CAPACITY_RESERVATION).isEmpty()) {
            assertThat(reservation.capacityReservationState()).isEmpty();
        }
    }

    @Test
    void anHttpListenersAttributes_answerTheirDefaults_andTakeAChange() {
        requires(Capability.ELB_LISTENER_ATTRIBUTES);
        LoadBalancer lb = balancer();
        Listener l = listener(lb, group(vpc()));
        String arn = l.listenerArn().get();

        var attributes = right(elb().listenerAttributes(arn));
        assertThat(attributes).contains(new io.ecskit.domain.elb.LoadBalancerAttribute(Option.of("routing.http.response.server.enabled"), Option.of("true")));
        var changed = right(elb().modifyListenerAttributes(arn, List.of(new io.ecskit.domain.elb.LoadBalancerAttribute(
                Option.of("routing.http.response.server.enabled"), Option.of("false")))));
        assertThat(changed).contains(new io.ecskit.domain.elb.LoadBalancerAttribute(Option.of("routing.http.response.server.enabled"), Option.of("false")));
        assertThat(right(elb().listenerAttributes(arn)))
                .contains(new io.ecskit.domain.elb.LoadBalancerAttribute(Option.of("routing.http.response.server.enabled"), Option.of("false")));
    }
}
