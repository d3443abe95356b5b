package io.ecskit.adapter.inmemory;

import io.ecskit.domain.AssignPublicIp;
import io.ecskit.domain.AwsVpcConfiguration;
import io.ecskit.domain.arn.ClusterName;
import io.ecskit.domain.arn.ServiceName;
import io.ecskit.domain.service.DeploymentCircuitBreaker;
import io.ecskit.domain.service.DeploymentConfiguration;
import io.ecskit.port.in.DeployService;
import io.ecskit.port.in.DeploymentOutcome;
import io.ecskit.port.in.DeploymentProgress;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, fail fast: an image nobody pushed, on a 2-task service, rolled back at the first task
 * that cannot pull instead of at the circuit breaker's threshold (BOUNDED_PERCENT 50 of 2, at
 * least 3 failures: the second wave of launches). With many tasks launched at once all fail
 * together and both end at the same moment. Time to outcome is simulated time on AWS-like timings, so the comparison is exact.
 */
class FailFastTest {

    private static DeploymentOutcome deployBadImageAfterGood(boolean failFast) {
        InMemoryEcsKit kit = InMemoryEcsKit.create();
        var td = SimulatedRuntimeTest.definition(SimulatedRuntimeTest.GOOD);
        kit.api().logs().createGroup(new io.ecskit.domain.logs.LogGroupName("/ecs/web"), io.vavr.control.Option.none()).get();
        DeployService.Command good = DeployService.Command.of(td, new ClusterName("ff"), new ServiceName("web"), 2)
                .withNetwork(AwsVpcConfiguration.of(List.of("subnet-0123456789abcdef0"), List.of("sg-0123456789abcdef0"), AssignPublicIp.DISABLED))
                .withDeploymentConfiguration(DeploymentConfiguration.builder().minimumHealthyPercent(100).maximumPercent(200)
                        .deploymentCircuitBreaker(DeploymentCircuitBreaker.WITH_ROLLBACK).build());
        assertThat(kit.deploy(good, DeploymentProgress.Listener.NONE).get().result()).isEqualTo(DeploymentOutcome.Result.SUCCEEDED);
        var bad = SimulatedRuntimeTest.definition("123456789012.dkr.ecr.us-east-1.amazonaws.com/nope:1");
        DeployService.Command next = new DeployService.Command(bad, good.service(), good.timeout(), true, failFast);
        return kit.deploy(next, DeploymentProgress.Listener.NONE).get();
    }

    @Test
    void failFast_rollsBackAtTheFirstTaskThatCannotPull_soonerThanTheCircuitBreaker() {
        DeploymentOutcome breaker = deployBadImageAfterGood(false);
        DeploymentOutcome fast = deployBadImageAfterGood(true);

        assertThat(breaker.result()).isEqualTo(DeploymentOutcome.Result.ROLLED_BACK);
        assertThat(fast.result()).isEqualTo(DeploymentOutcome.Result.ROLLED_BACK);
        assertThat(breaker.failedFast()).isEmpty();
        assertThat(fast.failedFast().get()).contains("CannotPullContainerError");
        assertThat(fast.serviceDeployment().get().rollback().get().reason().get()).contains("StopServiceDeployment");
        assertThat(fast.waited()).isLessThan(breaker.waited());
        System.out.printf("fail-fast: ROLLED_BACK after %d s simulated; circuit breaker: after %d s simulated (2 tasks, threshold 3)%n",
                fast.waited().toSeconds(), breaker.waited().toSeconds());
        assertThat(fast.waited()).isLessThanOrEqualTo(breaker.waited().minus(Duration.ofSeconds(10)));
    }
}
