package io.ecskit.adapter.inmemory;

import io.ecskit.domain.EcsRule;
import io.ecskit.domain.elb.Action;
import io.ecskit.domain.elb.ActionTypeEnum;
import io.ecskit.domain.elb.CreateListenerInput;
import io.ecskit.domain.elb.CreateLoadBalancerInput;
import io.ecskit.domain.elb.CreateRuleInput;
import io.ecskit.domain.elb.CreateTargetGroupInput;
import io.ecskit.domain.elb.LoadBalancer;
import io.ecskit.domain.elb.LoadBalancerStateEnum;
import io.ecskit.domain.elb.ProtocolEnum;
import io.ecskit.domain.elb.RuleCondition;
import io.ecskit.domain.elb.TargetDescription;
import io.ecskit.domain.elb.TargetGroup;
import io.ecskit.domain.elb.TargetHealthDescription;
import io.ecskit.domain.elb.TargetHealthStateEnum;
import io.ecskit.domain.elb.TargetTypeEnum;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.ServiceUpdate;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elastic Load Balancing in the simulation (issue 25 item 3): load balancers provision, target groups take ELB's
 * defaults, listeners forward, targets are health-checked on the clock and drain when deregistered; ELB's refusals in
 * its words; and ECS following: a service's target group checked, its tasks registered when they run and drained when
 * they stop, with ECS's service events.
 */
class LoadBalancingTest {

    static LoadBalancer balancer(InMemoryEcsKit kit, String name) {
        return kit.api().loadBalancing().createLoadBalancer(CreateLoadBalancerInput.builder().name(name)
                .subnets(List.of("subnet-0123456789abcdef0", "subnet-0123456789abcdef1")).build()).get();
    }

    static TargetGroup group(InMemoryEcsKit kit, String name, TargetTypeEnum type) {
        return kit.api().loadBalancing().createTargetGroup(CreateTargetGroupInput.builder().name(name).protocol(ProtocolEnum.HTTP).port(80)
                .vpcId("vpc-0123456789abcdef0").targetType(type).build()).get();
    }

    static Action forward(TargetGroup g) {
        return Action.builder().type(ActionTypeEnum.FORWARD).targetGroupArn(g.targetGroupArn()).build();
    }

    static String listener(InMemoryEcsKit kit, LoadBalancer lb, TargetGroup g) {
        return kit.api().loadBalancing().createListener(CreateListenerInput.builder().loadBalancerArn(lb.loadBalancerArn().get())
                .protocol(ProtocolEnum.HTTP).port(80).defaultActions(List.of(forward(g))).build()).get().listenerArn().get();
    }

    static Seq<TargetHealthDescription> health(InMemoryEcsKit kit, TargetGroup g) {
        return kit.api().loadBalancing().targetHealth(g.targetGroupArn().get(), List.empty()).get();
    }

    @Test
    void aLoadBalancer_provisions_andItsTargets_areCheckedOnTheClock_andDrain() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var elb = kit.api().loadBalancing();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup g = group(kit, "web", TargetTypeEnum.IP);

        assertThat(lb.state().flatMap(s -> s.code())).contains(LoadBalancerStateEnum.PROVISIONING);
        assertThat(lb.dNSName().get()).matches("web-\\d{10}\\.us-east-1\\.elb\\.amazonaws\\.com");
        assertThat(lb.canonicalHostedZoneId()).contains("Z35SXDOTRQ7X7K");
        assertThat(lb.loadBalancerArn().get()).matches("arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/[0-9a-f]{16}");
        assertThat(g.healthCheckPath()).contains("/");
        assertThat(g.healthCheckIntervalSeconds()).contains(30);
        assertThat(g.healthyThresholdCount()).contains(5);
        assertThat(g.matcher().flatMap(m -> m.httpCode())).contains("200");

        elb.registerTargets(g.targetGroupArn().get(), List.of(new TargetDescription("10.0.1.5", Option.none(), Option.none(), Option.none()))).get();
        assertThat(health(kit, g).single().targetHealth().get().state()).as("no load balancer forwards to it yet").contains(TargetHealthStateEnum.UNUSED);
        listener(kit, lb, g);
        assertThat(elb.targetGroups(Option.none(), List.of(g.targetGroupArn().get()), List.empty()).get().single().loadBalancerArns())
                .containsExactly(lb.loadBalancerArn().get());
        kit.simulator().advance(Duration.ofSeconds(20));
        assertThat(health(kit, g).single().targetHealth().get().reason().map(r -> r.wire())).contains("Elb.InitialHealthChecking");
        kit.simulator().advance(Duration.ofSeconds(140));
        assertThat(health(kit, g).single().targetHealth().get().state()).as("5 checks × 30 s after registration").contains(TargetHealthStateEnum.HEALTHY);
        assertThat(health(kit, g).single().target().get().port()).contains(80);
        assertThat(elb.loadBalancers(List.of(lb.loadBalancerArn().get()), List.empty()).get().single().state().flatMap(s -> s.code()))
                .contains(LoadBalancerStateEnum.ACTIVE);

        elb.deregisterTargets(g.targetGroupArn().get(), List.of(new TargetDescription("10.0.1.5", Option.none(), Option.none(), Option.none()))).get();
        assertThat(health(kit, g).single().targetHealth().get().state()).contains(TargetHealthStateEnum.DRAINING);
        kit.simulator().advance(Duration.ofSeconds(301));
        assertThat(health(kit, g)).as("gone after the 300 s deregistration delay").isEmpty();
    }

    @Test
    void elbRefuses_inItsWords() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var elb = kit.api().loadBalancing();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup g = group(kit, "web", TargetTypeEnum.IP);
        String listener = listener(kit, lb, g);

        assertThat(balancer(kit, "web").loadBalancerArn()).as("the same settings: the one there is").isEqualTo(lb.loadBalancerArn());
        assertThat(elb.createLoadBalancer(CreateLoadBalancerInput.builder().name("web").subnets(List.of("subnet-1", "subnet-2", "subnet-3")).build())
                .getLeft().message()).isEqualTo("A load balancer with the same name 'web' exists, but with different settings");
        assertThat(elb.createLoadBalancer(CreateLoadBalancerInput.builder().name("solo").subnets(List.of("subnet-1")).build()).getLeft().message())
                .isEqualTo(EcsRule.ELB_SUBNETS_TWO_ZONES.message());
        assertThat(elb.createLoadBalancer(CreateLoadBalancerInput.builder().name("a-name-that-is-much-too-long-for-elb").subnets(List.of("s-1", "s-2"))
                .build()).getLeft().message()).isEqualTo("The load balancer name 'a-name-that-is-much-too-long-for-elb' cannot be longer than '32' characters");
        assertThat(elb.createTargetGroup(CreateTargetGroupInput.builder().name("noport").protocol(ProtocolEnum.HTTP).vpcId("vpc-1").build())
                .getLeft().message()).isEqualTo("A port must be specified");
        var inUse = elb.deleteTargetGroup(g.targetGroupArn().get());
        assertThat(inUse.getLeft().code()).isEqualTo("ResourceInUse");
        assertThat(inUse.getLeft().message()).isEqualTo("Target group '" + g.targetGroupArn().get() + "' is currently in use by a listener or a rule");
        var twice = elb.createListener(CreateListenerInput.builder().loadBalancerArn(lb.loadBalancerArn().get()).protocol(ProtocolEnum.HTTP).port(80)
                .defaultActions(List.of(Action.builder().type(ActionTypeEnum.FIXED_RESPONSE).build())).build());
        assertThat(twice.getLeft().code()).isEqualTo("DuplicateListener");
        CreateRuleInput rule = CreateRuleInput.builder().listenerArn(listener).priority(10).actions(List.of(forward(g)))
                .conditions(List.of(RuleCondition.builder().field("path-pattern").values(List.of("/api/*")).build())).build();
        elb.createRule(rule).get();
        assertThat(elb.createRule(rule).getLeft().message()).isEqualTo("Priority '10' is currently in use");
        var defaultRule = elb.rules(Option.of(listener), List.empty()).get().last();
        assertThat(defaultRule.priority()).contains("default");
        assertThat(elb.deleteRule(defaultRule.ruleArn().get()).getLeft().code()).isEqualTo("OperationNotPermitted");
        assertThat(elb.loadBalancers(List.of(lb.loadBalancerArn().get() + "0"), List.empty()).getLeft().message()).isEqualTo("One or more load balancers not found");
        assertThat(elb.registerTargets(g.targetGroupArn().get(), List.of(new TargetDescription("i-0123456789abcdef0", Option.none(), Option.none(),
                Option.none()))).getLeft().message()).isEqualTo("IP address 'i-0123456789abcdef0' is not valid");
    }

    @Test
    void ecsRegistersAServicesRunningTasks_andDrainsThoseThatStop() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup g = group(kit, "web", TargetTypeEnum.IP);
        listener(kit, lb, g);
        SimulatedRuntimeTest.deploy(kit, 2, DeploymentCircuitBreaker.DISABLED);
        kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .loadBalancers(List.of(new io.ecskit.domain.service.LoadBalancer(g.targetGroupArn(), Option.none(), Option.of("web"), Option.of(80), Option.none())))
                .forceNewDeployment(true).build()).get();

        kit.simulator().advance(Duration.ofMinutes(6));

        Seq<TargetHealthDescription> targets = health(kit, g).filter(t -> !t.targetHealth().get().state().contains(TargetHealthStateEnum.DRAINING));
        assertThat(targets).hasSize(2);
        assertThat(targets).allMatch(t -> t.targetHealth().get().state().contains(TargetHealthStateEnum.HEALTHY));
        assertThat(targets.map(t -> t.target().get().port().get())).containsOnly(80);
        var running = SimulatedRuntimeTest.tasks(kit, io.ecskit.domain.task.TaskStatus.RUNNING);
        assertThat(targets.map(t -> t.target().get().id())).containsExactlyInAnyOrderElementsOf(running.map(task -> task.attachments().head()
                .details().find(d -> d.name().contains("privateIPv4Address")).get().value().get()));
        assertThat(SimulatedRuntimeTest.service(kit).events().map(e -> e.message()))
                .anyMatch(m -> m.equals("(service web) registered 1 targets in (target-group " + g.targetGroupArn().get() + ")"));

        kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE).desiredCount(0)
                .build()).get();
        kit.simulator().advance(Duration.ofMinutes(1));
        assertThat(health(kit, g)).allMatch(t -> t.targetHealth().get().state().contains(TargetHealthStateEnum.DRAINING));
        assertThat(SimulatedRuntimeTest.service(kit).events().map(e -> e.message()))
                .contains("(service web) has begun draining connections on 1 tasks.");
        // the tasks wait, DEACTIVATING, for the group's deregistration delay (300 s by default), then stop
        java.util.function.Supplier<Seq<io.ecskit.domain.task.TaskStatus>> scaledIn = () -> SimulatedRuntimeTest.tasks(kit,
                io.ecskit.domain.task.TaskStatus.STOPPED).filter(t -> running.exists(r -> r.taskArn().equals(t.taskArn()))).map(t -> t.lastStatus());
        assertThat(scaledIn.get()).containsExactly(io.ecskit.domain.task.TaskStatus.DEACTIVATING, io.ecskit.domain.task.TaskStatus.DEACTIVATING);
        kit.simulator().advance(Duration.ofMinutes(3));
        assertThat(scaledIn.get()).containsOnly(io.ecskit.domain.task.TaskStatus.DEACTIVATING);
        kit.simulator().advance(Duration.ofMinutes(2));
        assertThat(scaledIn.get()).containsExactly(io.ecskit.domain.task.TaskStatus.STOPPED, io.ecskit.domain.task.TaskStatus.STOPPED);
        assertThat(health(kit, g)).as("drained and gone").isEmpty();
    }

    @Test
    void ecsChecksTheTargetGroupsAServiceNames() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        TargetGroup lonely = group(kit, "lonely", TargetTypeEnum.IP);
        TargetGroup instances = group(kit, "instances", TargetTypeEnum.INSTANCE);
        listener(kit, balancer(kit, "web"), instances);
        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);

        var noLoadBalancer = kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .loadBalancers(List.of(new io.ecskit.domain.service.LoadBalancer(lonely.targetGroupArn(), Option.none(), Option.of("web"), Option.of(80), Option.none())))
                .build());
        var wrongType = kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .loadBalancers(List.of(new io.ecskit.domain.service.LoadBalancer(instances.targetGroupArn(), Option.none(), Option.of("web"), Option.of(80), Option.none())))
                .build());

        assertThat(noLoadBalancer.getLeft().message()).isEqualTo("The target group with targetGroupArn " + lonely.targetGroupArn().get()
                + " does not have an associated load balancer.");
        assertThat(wrongType.getLeft().message()).isEqualTo("The provided target group " + instances.targetGroupArn().get()
                + " has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.");
    }

    @Test
    void aBlueGreenDeployment_shiftsTheProductionRulesWeights_andRegistersGreenTasksInTheAlternateGroup() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var elb = kit.api().loadBalancing();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup blue = group(kit, "blue", TargetTypeEnum.IP);
        TargetGroup green = group(kit, "green", TargetTypeEnum.IP);
        String listener = listener(kit, lb, blue);
        String rule = elb.createRule(CreateRuleInput.builder().listenerArn(listener).priority(1).actions(List.of(forward(blue)))
                .conditions(List.of(RuleCondition.builder().field("path-pattern").values(List.of("/*")).build())).build()).get().ruleArn().get();
        SimulatedRuntimeTest.deploy(kit, 2, DeploymentCircuitBreaker.DISABLED);
        io.ecskit.domain.service.LoadBalancer behind = new io.ecskit.domain.service.LoadBalancer(blue.targetGroupArn(), Option.none(), Option.of("web"),
                Option.of(80), Option.of(new io.ecskit.domain.service.AdvancedConfiguration(green.targetGroupArn(), Option.of(rule), Option.none(),
                Option.of("arn:aws:iam::123456789012:role/ecsInfrastructure"))));
        kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .loadBalancers(List.of(behind)).forceNewDeployment(true).build()).get();
        kit.simulator().advance(Duration.ofMinutes(6));
        assertThat(health(kit, blue).filter(t -> t.targetHealth().get().state().contains(TargetHealthStateEnum.HEALTHY))).hasSize(2);

        // a BLUE_GREEN deployment: green's tasks go to the alternate group, then the production rule sends them the traffic
        kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .forceNewDeployment(true).deploymentConfiguration(io.ecskit.domain.service.DeploymentConfiguration.builder()
                        .strategy(io.ecskit.domain.service.DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(5).build()).build()).get();
        kit.simulator().advance(Duration.ofMinutes(3));
        var shifted = elb.rules(Option.none(), List.of(rule)).get().single().actions().single().forwardConfig().get().targetGroups();
        assertThat(shifted.find(t -> t.targetGroupArn().equals(green.targetGroupArn())).flatMap(t -> t.weight())).contains(100);
        assertThat(shifted.find(t -> t.targetGroupArn().equals(blue.targetGroupArn())).flatMap(t -> t.weight())).contains(0);
        assertThat(health(kit, green)).hasSize(2);
        kit.simulator().advance(Duration.ofMinutes(15));
        assertThat(SimulatedRuntimeTest.service(kit).primaryDeployment().get().rolloutState())
                .contains(io.ecskit.domain.service.DeploymentRolloutState.COMPLETED);
        assertThat(health(kit, blue)).as("blue's tasks drained and gone").allMatch(t -> !t.targetHealth().get().state().contains(TargetHealthStateEnum.HEALTHY));
    }

    @Test
    void aTaskThatFailsElbsHealthChecks_isReplacedByEcs_inEcsWords() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup g = group(kit, "web", TargetTypeEnum.IP);
        listener(kit, lb, g);
        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        kit.simulator().advance(Duration.ofMinutes(2));
        kit.simulator().failHealthChecks(SimulatedRuntimeTest.GOOD);
        kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .loadBalancers(List.of(new io.ecskit.domain.service.LoadBalancer(g.targetGroupArn(), Option.none(), Option.of("web"), Option.of(80),
                        Option.none()))).forceNewDeployment(true).build()).get();

        kit.simulator().advance(Duration.ofSeconds(100));

        var stopped = SimulatedRuntimeTest.tasks(kit, io.ecskit.domain.task.TaskStatus.STOPPED)
                .filter(t -> t.stoppedReason().exists(r -> r.startsWith("Task failed ELB health checks")));
        assertThat(stopped).isNotEmpty();
        assertThat(stopped.head().stoppedReason()).contains("Task failed ELB health checks in (target-group " + g.targetGroupArn().get() + ")");
        assertThat(SimulatedRuntimeTest.service(kit).events().map(e -> e.message()))
                .anyMatch(m -> m.matches("\\(service web\\) \\(task [0-9a-f]+\\) \\(port 80\\) is unhealthy in \\(target-group "
                        + java.util.regex.Pattern.quote(g.targetGroupArn().get()) + "\\) due to \\(reason Health checks failed\\)\\."));
    }
    private static double sum(InMemoryEcsKit kit, String metric, Dimension... dimensions) {
        java.time.Instant now = kit.simulator().now();
        return kit.api().metrics().metricStatistics("AWS/ApplicationELB", metric, List.of(dimensions), now.minus(Duration.ofMinutes(1)), now, 60,
                List.of("Sum")).get().map(d -> d.sum().get()).sum().doubleValue();
    }

    @Test
    void scriptedRequests_followTheForwardWeights_overHealthyTargets_andElbAnswers503WithoutAny() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var elb = kit.api().loadBalancing();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup served = group(kit, "served", TargetTypeEnum.IP);
        TargetGroup empty = group(kit, "empty", TargetTypeEnum.IP);
        Action split = Action.builder().type(ActionTypeEnum.FORWARD).forwardConfig(io.ecskit.domain.elb.ForwardActionConfig.builder()
                .targetGroups(List.of(new io.ecskit.domain.elb.TargetGroupTuple(served.targetGroupArn(), Option.of(3)),
                        new io.ecskit.domain.elb.TargetGroupTuple(empty.targetGroupArn(), Option.of(1)))).build()).build();
        String listener = elb.createListener(CreateListenerInput.builder().loadBalancerArn(lb.loadBalancerArn().get()).protocol(ProtocolEnum.HTTP)
                .port(80).defaultActions(List.of(split)).build()).get().listenerArn().get();
        elb.registerTargets(served.targetGroupArn().get(), List.of(new TargetDescription("10.0.0.7", Option.none(), Option.none(), Option.none()),
                new TargetDescription("10.0.0.8", Option.none(), Option.none(), Option.none()))).get();
        kit.simulator().advance(Duration.ofMinutes(5));
        assertThat(kit.simulator().requests(listener, 10)).isSameAs(kit.simulator());
        kit.simulator().advance(Duration.ofMinutes(2));

        Dimension balancer = new Dimension("LoadBalancer", lb.loadBalancerArn().get().replaceAll(".*:loadbalancer/", ""));
        Dimension servedGroup = new Dimension("TargetGroup", served.targetGroupArn().get().replaceAll(".*:", ""));
        assertThat(sum(kit, "RequestCount", balancer)).as("600 a minute reach the load balancer").isEqualTo(600.0);
        assertThat(sum(kit, "RequestCount", balancer, servedGroup)).as("3 of 4 by weight").isEqualTo(450.0);
        assertThat(sum(kit, "RequestCountPerTarget", servedGroup)).as("over its 2 healthy targets").isEqualTo(225.0);
        assertThat(sum(kit, "HTTPCode_Target_2XX_Count", balancer)).as("targets registered by hand answer").isEqualTo(450.0);
        assertThat(sum(kit, "HTTPCode_ELB_503_Count", balancer)).as("the group without targets: ELB answers itself").isEqualTo(150.0);
        assertThat(sum(kit, "HTTPCode_Target_5XX_Count", balancer)).as("no value is reported while it is 0").isZero();

        kit.simulator().requests(listener, 0);
        kit.simulator().advance(Duration.ofMinutes(2));
        assertThat(sum(kit, "RequestCount", balancer)).as("no traffic, no data").isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kit.simulator().requests(listener + "-gone", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no listener or listener rule");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kit.simulator().requests(listener, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }
    @Test
    void requestsAreWhole_sharesAddUp_andTrafficEndsWithItsListener() {
        assertThat(InMemoryLoadBalancing.split(1, List.of(1.0, 1.0, 1.0))).containsExactly(1, 0, 0);
        assertThat(InMemoryLoadBalancing.split(601, List.of(50.0, 50.0))).containsExactly(301, 300);
        assertThat(InMemoryLoadBalancing.split(10, List.of(0.0, 0.0))).containsExactly(0, 0);

        InMemoryEcsKit kit = InMemoryEcsKit.create();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup g = group(kit, "web", TargetTypeEnum.IP);
        String listener = listener(kit, lb, g);
        Dimension balancer = new Dimension("LoadBalancer", lb.loadBalancerArn().get().replaceAll(".*:loadbalancer/", ""));
        // half a request a minute: one every other minute, never rounded away
        kit.simulator().requests(listener, 1.0 / 120);
        kit.simulator().advance(Duration.ofMinutes(11));
        java.time.Instant now = kit.simulator().now();
        var points = kit.api().metrics().metricStatistics("AWS/ApplicationELB", "RequestCount", List.of(balancer), now.minus(Duration.ofMinutes(10)),
                now, 60, List.of("Sum")).get();
        assertThat(points.map(d -> d.sum().get()).sum().doubleValue()).isEqualTo(5.0);
        assertThat(sum(kit, "HTTPCode_ELB_503_Count", balancer) + sum(kit, "RequestCount", balancer)).as("no targets: ELB answers 503").isIn(0.0, 2.0);

        // the listener goes, and its traffic with it: nothing more is reported, and the clock has nothing to wake for
        kit.api().loadBalancing().deleteListener(listener).get();
        kit.simulator().advance(Duration.ofMinutes(2));
        assertThat(sum(kit, "RequestCount", balancer)).isZero();
        assertThat(kit.simulator().requests(kit.api().loadBalancing().createListener(CreateListenerInput.builder()
                .loadBalancerArn(lb.loadBalancerArn().get()).protocol(ProtocolEnum.HTTP).port(8080).defaultActions(List.of(forward(g))).build())
                .get().listenerArn().get(), 0)).isSameAs(kit.simulator());

        // a network load balancer reports in AWS/NetworkELB, which ecskit does not simulate: refused by name
        LoadBalancer nlb = kit.api().loadBalancing().createLoadBalancer(CreateLoadBalancerInput.builder().name("tcp")
                .type(io.ecskit.domain.elb.LoadBalancerTypeEnum.NETWORK).subnets(List.of("subnet-0123456789abcdef0")).build()).get();
        TargetGroup tcp = kit.api().loadBalancing().createTargetGroup(CreateTargetGroupInput.builder().name("tcp").protocol(ProtocolEnum.TCP)
                .port(80).vpcId("vpc-0123456789abcdef0").targetType(TargetTypeEnum.IP).build()).get();
        String tcpListener = kit.api().loadBalancing().createListener(CreateListenerInput.builder().loadBalancerArn(nlb.loadBalancerArn().get())
                .protocol(ProtocolEnum.TCP).port(80).defaultActions(List.of(forward(tcp))).build()).get().listenerArn().get();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kit.simulator().requests(tcpListener, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("network load balancer");
    }

    @Test
    void onlyTasksDrainingTheirConnections_waitDeactivating_aContainerThatExitedStopsAtOnce() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup g = group(kit, "web", TargetTypeEnum.IP);
        listener(kit, lb, g);
        SimulatedRuntimeTest.deploy(kit, 1, DeploymentCircuitBreaker.DISABLED);
        kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .loadBalancers(List.of(new io.ecskit.domain.service.LoadBalancer(g.targetGroupArn(), Option.none(), Option.of("web"), Option.of(80), Option.none())))
                .forceNewDeployment(true).build()).get();
        kit.simulator().advance(Duration.ofMinutes(10));
        var running = SimulatedRuntimeTest.tasks(kit, io.ecskit.domain.task.TaskStatus.RUNNING).single();

        kit.simulator().exit(io.ecskit.port.out.ContainerMatcher.ofTaskId(running.taskArn().taskId()), Duration.ZERO, 137);
        kit.simulator().advance(Duration.ofSeconds(5));
        var exited = kit.api().tasks().describe(SimulatedRuntimeTest.CLUSTER, List.of(running.taskArn())).get().found().single();
        assertThat(exited.lastStatus()).as("nothing left to drain").isIn(io.ecskit.domain.task.TaskStatus.STOPPING, io.ecskit.domain.task.TaskStatus.STOPPED);
        assertThat(exited.stoppingAt().isDefined()).isTrue();
    }
    @Test
    void anEc2ServiceInBridgeMode_registersItsInstanceOnTheDynamicHostPort_inAnInstanceTargetGroup() {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        LoadBalancer lb = balancer(kit, "web");
        TargetGroup g = group(kit, "web", TargetTypeEnum.INSTANCE);
        listener(kit, lb, g);
        var cluster = new io.ecskit.domain.arn.ClusterName("ec2");
        kit.api().clusters().create(io.ecskit.domain.cluster.ClusterSpec.named(cluster)).get();
        kit.simulator().registerContainerInstance(cluster).get();
        kit.api().taskDefinitions().register(io.ecskit.domain.taskdef.TaskDefinition.builder().family("bridged")
                .requiresCompatibilities(List.of(io.ecskit.domain.taskdef.Compatibility.EC2)).networkMode(io.ecskit.domain.taskdef.NetworkMode.BRIDGE)
                .containerDefinitions(List.of(io.ecskit.domain.taskdef.ContainerDefinition.builder().name("web").image(SimulatedRuntimeTest.GOOD)
                        .memory(256).portMappings(List.of(io.ecskit.domain.taskdef.PortMapping.builder().containerPort(80).hostPort(0).build()))
                        .build())).build()).get();
        kit.api().services().create(io.ecskit.domain.service.ServiceSpec.builder().cluster(cluster).serviceName("web")
                .taskDefinition(io.ecskit.domain.arn.TaskDefinitionRef.latest("bridged")).desiredCount(1).launchType(io.ecskit.domain.LaunchType.EC2)
                .loadBalancers(List.of(new io.ecskit.domain.service.LoadBalancer(g.targetGroupArn(), Option.none(), Option.of("web"), Option.of(80),
                        Option.none()))).build()).get();

        kit.simulator().advance(Duration.ofMinutes(6));

        var task = kit.api().tasks().describe(cluster, kit.api().tasks().list(cluster, Option.of(new io.ecskit.domain.arn.ServiceName("web")),
                io.ecskit.domain.task.TaskStatus.RUNNING).get()).get().found().single();
        int hostPort = task.containers().single().networkBindings().single().hostPort().get();
        String instance = kit.api().containerInstances().describe(cluster, List.of(task.containerInstanceArn().get().toString()), false).get().found().single()
                .ec2InstanceId().get();
        var targets = health(kit, g);
        assertThat(targets).hasSize(1);
        assertThat(targets.single().target().get().id()).isEqualTo(instance);
        assertThat(targets.single().target().get().port()).contains(hostPort);
        assertThat(hostPort).isBetween(32768, 60999);
        assertThat(targets.single().targetHealth().get().state()).contains(TargetHealthStateEnum.HEALTHY);
    }
}
