package io.ecskit.adapter.inmemory;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecskit.domain.events.Event;
import io.ecskit.domain.events.EventTarget;
import io.ecskit.domain.events.RuleSpec;
import io.ecskit.domain.elb.CreateRuleInput;
import io.ecskit.domain.elb.LoadBalancer;
import io.ecskit.domain.elb.RuleCondition;
import io.ecskit.domain.elb.TargetGroup;
import io.ecskit.domain.elb.TargetHealthStateEnum;
import io.ecskit.domain.elb.TargetTypeEnum;
import io.ecskit.domain.logs.LogGroupName;
import io.ecskit.domain.metrics.AlarmSpec;
import io.ecskit.domain.metrics.Dimension;
import io.ecskit.domain.scaling.MetricType;
import io.ecskit.domain.scaling.PolicyType;
import io.ecskit.domain.scaling.PredefinedMetricSpecification;
import io.ecskit.domain.scaling.PutScalingPolicyRequest;
import io.ecskit.domain.scaling.RegisterScalableTargetRequest;
import io.ecskit.domain.scaling.ScalableDimension;
import io.ecskit.domain.scaling.ServiceNamespace;
import io.ecskit.domain.scaling.TargetTrackingScalingPolicyConfiguration;
import io.ecskit.domain.service.AdvancedConfiguration;
import io.ecskit.domain.service.DeploymentAlarms;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.domain.service.DeploymentRolloutState;
import io.ecskit.domain.service.DeploymentStrategy;
import io.ecskit.domain.service.Service;
import io.ecskit.domain.service.ServiceUpdate;
import io.ecskit.domain.task.TaskStatus;
import io.ecskit.domain.arn.TaskDefinitionRef;
import io.ecskit.port.out.ContainerMatcher;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25's whole story on one clock: a service behind an Application Load Balancer scales out under scripted traffic
 * (ALBRequestCountPerTarget target tracking), a blue/green deployment of a release that fails half its requests shifts
 * the production listener rule's weights to green, a CloudWatch alarm on the target 5xx count goes into ALARM and the
 * deployment watching it rolls back (the weights back to blue), and an EventBridge rule sending everything ECS and
 * CloudWatch say to a log group captured every event of it, in order.
 */
class NeighbourhoodStoryTest {

    private static final String V2 = "public.ecr.aws/docker/library/httpd:2.5";

    @Test
    void aServiceBehindAnAlb_scalesOut_shiftsToGreen_rollsBackOn5xx_andEventBridgeSawItAll() throws Exception {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        Simulator sim = kit.simulator();
        java.util.List<Event> seen = new CopyOnWriteArrayList<>();
        AutoCloseable listening = sim.listen(seen::add);

        // EventBridge: everything ECS and CloudWatch say, into a log group
        LogGroupName captured = new LogGroupName("/aws/events/story");
        kit.api().logs().createGroup(captured, Option.none()).get();
        kit.api().events().putRule(RuleSpec.matching("story", "{\"source\":[\"aws.ecs\",\"aws.cloudwatch\"]}")).get();
        assertThat(kit.api().events().putTargets("story", List.of(EventTarget.of("log",
                "arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/story"))).get()).isEmpty();

        // an ALB: blue and green target groups, a production rule forwarding to blue
        var elb = kit.api().loadBalancing();
        LoadBalancer lb = LoadBalancingTest.balancer(kit, "web");
        TargetGroup blue = LoadBalancingTest.group(kit, "blue", TargetTypeEnum.IP);
        TargetGroup green = LoadBalancingTest.group(kit, "green", TargetTypeEnum.IP);
        String listener = LoadBalancingTest.listener(kit, lb, blue);
        String production = elb.createRule(CreateRuleInput.builder().listenerArn(listener).priority(1).actions(List.of(LoadBalancingTest.forward(blue)))
                .conditions(List.of(RuleCondition.builder().field("path-pattern").values(List.of("/*")).build())).build()).get().ruleArn().get();

        // the service: 2 tasks registered in blue, deployments BLUE_GREEN watching a 5xx alarm
        String lbDimension = lb.loadBalancerArn().get().substring(lb.loadBalancerArn().get().indexOf(":loadbalancer/") + ":loadbalancer/".length());
        String tgDimension = blue.targetGroupArn().get().substring(blue.targetGroupArn().get().lastIndexOf(':') + 1);
        kit.api().metrics().putMetricAlarm(new AlarmSpec("web-5xx", Option.of("the web service answers 5xx"), "AWS/ApplicationELB",
                "HTTPCode_Target_5XX_Count", List.of(new Dimension("LoadBalancer", lbDimension)), "Sum", 60, 1, Option.none(), 10,
                "GreaterThanThreshold", Option.of("notBreaching"), Option.none(), List.empty(), List.empty())).get();
        SimulatedRuntimeTest.deploy(kit, 2, io.ecskit.domain.service.DeploymentCircuitBreaker.DISABLED);
        var behind = new io.ecskit.domain.service.LoadBalancer(blue.targetGroupArn(), Option.none(), Option.of("web"), Option.of(80),
                Option.of(new AdvancedConfiguration(green.targetGroupArn(), Option.of(production), Option.none(),
                        Option.of("arn:aws:iam::123456789012:role/ecsInfrastructure"))));
        kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .loadBalancers(List.of(behind)).forceNewDeployment(true).build()).get();
        sim.advance(Duration.ofMinutes(8));
        assertThat(LoadBalancingTest.health(kit, blue).filter(t -> t.targetHealth().get().state().contains(TargetHealthStateEnum.HEALTHY))).hasSize(2);

        // 1. scripted traffic scales it out: 40 requests a second is 1,200 a minute per target, twice the target of 600
        var scaling = kit.api().autoScaling();
        scaling.registerScalableTarget(RegisterScalableTargetRequest.builder().serviceNamespace(ServiceNamespace.ECS).resourceId("service/sim/web")
                .scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).minCapacity(Option.of(2)).maxCapacity(Option.of(8)).build()).get();
        var policy = scaling.putScalingPolicy(PutScalingPolicyRequest.builder().policyName("requests").serviceNamespace(ServiceNamespace.ECS)
                .resourceId("service/sim/web").scalableDimension(ScalableDimension.ECS_SERVICE_DESIREDCOUNT).policyType(PolicyType.TARGET_TRACKING_SCALING)
                .targetTrackingScalingPolicyConfiguration(TargetTrackingScalingPolicyConfiguration.builder().targetValue(600.0)
                        .predefinedMetricSpecification(PredefinedMetricSpecification.builder().predefinedMetricType(MetricType.ALB_REQUEST_COUNT_PER_TARGET)
                                .resourceLabel(lbDimension + "/" + tgDimension).build())
                        .scaleOutCooldown(300).scaleInCooldown(300).build()).build()).get();
        String high = policy.alarms().map(a -> a.alarmName()).find(n -> n.contains("AlarmHigh")).get();
        sim.requests(production, 40);
        // 3 minutes above 600 → 4 tasks; the new targets pass their health checks within the 300 s cooldown, so it stops there
        sim.advance(Duration.ofMinutes(15));
        assertThat(SimulatedRuntimeTest.service(kit).desiredCount()).as("ceil(2 × 1,200 / 600)").isEqualTo(4);
        assertThat(SimulatedRuntimeTest.service(kit).runningCount()).isEqualTo(4);
        assertThat(LoadBalancingTest.health(kit, blue).filter(t -> t.targetHealth().get().state().contains(TargetHealthStateEnum.HEALTHY))).hasSize(4);
        Instant now = sim.now();
        var perTarget = kit.api().metrics().metricStatistics("AWS/ApplicationELB", "RequestCountPerTarget", List.of(new Dimension("TargetGroup", tgDimension)),
                now.minus(Duration.ofMinutes(3)), now, 60, List.of("Sum")).get();
        assertThat(perTarget.map(d -> d.sum().get())).as("settled at the target").contains(600.0);

        // 2. a release that fails half its requests, deployed blue/green
        kit.api().taskDefinitions().register(SimulatedRuntimeTest.definition(V2)).get();
        sim.failRequests(ContainerMatcher.image(V2), 0.5);
        Service updated = kit.api().services().update(ServiceUpdate.builder().cluster(SimulatedRuntimeTest.CLUSTER).service(SimulatedRuntimeTest.SERVICE)
                .taskDefinition(TaskDefinitionRef.latest("web")).deploymentConfiguration(DeploymentConfiguration.builder()
                        .strategy(DeploymentStrategy.BLUE_GREEN).bakeTimeInMinutes(10)
                        .alarms(new DeploymentAlarms(List.of("web-5xx"), true, true)).build()).build()).get();
        String failing = updated.primaryDeployment().get().id().value();
        Instant deployed = sim.now();
        // until traffic moves, the 5xx count stays empty; once the rule sends green everything the alarm fires
        Instant shifted = null;
        for (int second = 0; second < 900 && shifted == null; second += 10) {
            sim.advance(Duration.ofSeconds(10));
            if (weightToGreen(kit, production, green) == 100) {
                shifted = sim.now();
            }
        }
        assertThat(shifted).as("the production rule sent green all traffic").isNotNull();
        assertThat(LoadBalancingTest.health(kit, green)).hasSize(4);
        sim.advance(Duration.ofMinutes(4));

        // 3. rolled back: blue has the traffic again, on revision 1, still 4 tasks (no scale-in during a deployment)
        assertThat(weightToGreen(kit, production, green)).isZero();
        Service after = SimulatedRuntimeTest.service(kit);
        assertThat(after.taskDefinition().get().toString()).endsWith("web:1");
        assertThat(after.desiredCount()).isEqualTo(4);
        var fiveXx = kit.api().metrics().metricStatistics("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", List.of(new Dimension("LoadBalancer", lbDimension)),
                deployed, sim.now(), 60, List.of("Sum")).get();
        assertThat(fiveXx.map(d -> d.sum().get())).as("half of 2,400 a minute while green had the traffic").contains(1200.0);
        assertThat(kit.api().metrics().alarms(List.of("web-5xx"), Option.none(), Option.none()).get().single().stateValue())
                .as("OK again once blue answers: no 5xx is no breach (notBreaching)").isEqualTo("OK");
        assertThat(after.events().map(e -> e.message())).anyMatch(m -> m.contains("web-5xx"));

        // 4. EventBridge saw it in order, and its rule put every event in the log group in that order
        sim.advance(Duration.ofMinutes(20));
        listening.close();
        java.util.List<String> story = seen.stream().map(NeighbourhoodStoryTest::label).filter(l -> l != null).toList();
        assertThat(story).containsSubsequence(
                "aws.cloudwatch " + high + " ALARM",
                "aws.ecs SERVICE_DEPLOYMENT_IN_PROGRESS " + failing,
                "aws.cloudwatch web-5xx ALARM",
                "aws.ecs SERVICE_DEPLOYMENT_FAILED " + failing,
                "aws.cloudwatch web-5xx OK");
        var logged = kit.api().logs().events(captured, Option.none(), Instant.EPOCH, sim.now()).get();
        java.util.List<Event> expected = seen.stream().filter(e -> e.source().equals("aws.ecs") || e.source().equals("aws.cloudwatch")).toList();
        java.util.List<String> ids = new java.util.ArrayList<>();
        java.util.List<Instant> times = new java.util.ArrayList<>();
        for (var line : logged) {
            JsonNode event = EventPatterns.JSON.readTree(line.message());
            ids.add(event.get("id").asText());
            times.add(Instant.parse(event.get("time").asText()));
        }
        // every event once; in the order they happened (events of one instant are listed by their streams' names)
        assertThat(ids).as("every event").containsExactlyInAnyOrderElementsOf(expected.stream().map(Event::id).toList());
        assertThat(times).as("in order").containsExactlyElementsOf(expected.stream().map(e -> e.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).toList());
        assertThat(expected).hasSizeGreaterThan(40);
    }

    /** The percentage of the rule's forward weight that goes to {@code green}. */
    private static int weightToGreen(InMemoryEcsKit kit, String rule, TargetGroup green) {
        var action = kit.api().loadBalancing().rules(Option.none(), List.of(rule)).get().single().actions().single();
        if (action.forwardConfig().isEmpty()) {
            return action.targetGroupArn().equals(green.targetGroupArn()) ? 100 : 0;
        }
        var groups = action.forwardConfig().get().targetGroups();
        int total = groups.map(t -> t.weight().getOrElse(1)).sum().intValue();
        int mine = groups.filter(t -> t.targetGroupArn().equals(green.targetGroupArn())).map(t -> t.weight().getOrElse(1)).sum().intValue();
        return total == 0 ? 0 : 100 * mine / total;
    }

    /** "source name state" for alarm changes and ECS deployment changes; null for the rest. */
    private static String label(Event e) {
        try {
            JsonNode detail = EventPatterns.JSON.readTree(e.detail());
            if (e.detailType().equals("CloudWatch Alarm State Change")) {
                return e.source() + " " + detail.get("alarmName").asText() + " " + detail.at("/state/value").asText();
            }
            if (e.detailType().equals("ECS Deployment State Change")) {
                return e.source() + " " + detail.get("eventName").asText() + " " + detail.get("deploymentId").asText();
            }
            return null;
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }
}
