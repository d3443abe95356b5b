package io.ecskit.domain.taskdef;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.ecskit.domain.LaunchType.EC2;
import static io.ecskit.domain.taskdef.RuleAssertions.assertNoViolationAt;
import static io.ecskit.domain.taskdef.RuleAssertions.assertValid;
import static io.ecskit.domain.taskdef.RuleAssertions.assertViolation;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.ec2Bridge;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;

class Ec2RulesTest {

    @Test
    void withoutTaskMemory_eachContainerNeedsMemoryOrReservation() {
        assertViolation(withContainer(ec2Bridge(), c -> c.memory(Option.none())), EC2, "containerDefinitions[0].memory",
                "Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.");
        // moto rejects reservation-only; the ECS docs allow it, and so do we
        assertValid(withContainer(ec2Bridge(), c -> c.memory(Option.none()).memoryReservation(128)), EC2);
        assertValid(withContainer(ec2Bridge().memory("512"), c -> c.memory(Option.none())), EC2);
    }

    @Test
    void taskCpu_128And196608_areValid_127And196609_areRejected() {
        assertNoViolationAt(ec2Bridge().cpu("128").build(), EC2, "cpu");
        assertNoViolationAt(ec2Bridge().cpu("196608").build(), EC2, "cpu");
        assertViolation(ec2Bridge().cpu("127").build(), EC2, "cpu", "Invalid 'cpu' setting for task.");
        assertViolation(ec2Bridge().cpu("196609").build(), EC2, "cpu", "Invalid 'cpu' setting for task.");
    }

    @Test
    void fargateOnlyRules_doNotApplyOnEc2() {
        assertValid(withContainer(ec2Bridge(), c -> c.privileged(true).hostname("web")
                .logConfiguration(LogConfiguration.builder().logDriver(LogDriver.JSON_FILE).build())), EC2);
    }
}
