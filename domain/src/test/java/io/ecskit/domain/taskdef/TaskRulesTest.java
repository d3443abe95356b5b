package io.ecskit.domain.taskdef;

import io.ecskit.domain.KeyValuePair;
import io.ecskit.domain.LaunchType;
import io.ecskit.domain.Tag;

import io.ecskit.domain.Tag;
import io.ecskit.domain.EcsRule;
import io.ecskit.domain.Violation;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

import static io.ecskit.domain.LaunchType.FARGATE;
import static io.ecskit.domain.taskdef.RuleAssertions.assertNoViolationAt;
import static io.ecskit.domain.taskdef.RuleAssertions.assertValid;
import static io.ecskit.domain.taskdef.RuleAssertions.assertViolation;
import static io.ecskit.domain.taskdef.RuleAssertions.violations;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargateContainer;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;
import static org.assertj.core.api.Assertions.assertThat;

class TaskRulesTest {

    @Test
    void repositoryCredentials_needAnExecutionRole_andAreNotForEcrImages() {
        RepositoryCredentials secret = new RepositoryCredentials("arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry");
        TaskDefinition withoutRole = withContainer(fargate().executionRoleArn(Option.none()), c -> c.logConfiguration(Option.none())
                .image("registry.example.com/team/app:1").repositoryCredentials(secret));
        TaskDefinition ecr = withContainer(fargate(), c -> c.image("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1")
                .repositoryCredentials(secret));

        // rules repositoryCredentialsRequireExecutionRole, repositoryCredentialsNotForEcr (ECS's quoted messages)
        assertViolation(withoutRole, FARGATE, "executionRoleArn", EcsRule.REPOSITORY_CREDENTIALS_REQUIRE_EXECUTION_ROLE.message());
        assertViolation(ecr, FARGATE, "containerDefinitions[0].repositoryCredentials", EcsRule.REPOSITORY_CREDENTIALS_NOT_FOR_ECR.message());
        assertValid(withContainer(fargate(), c -> c.image("registry.example.com/team/app:1").repositoryCredentials(secret)), FARGATE);
    }


    @Test
    void trustedExecution_isolatedOrConfidential_needsManagedInstances_confidentialNeedsAPolicy() {
        TrustedExecutionConfiguration confidential = TrustedExecutionConfiguration.builder()
                .isolationMode(IsolationMode.CONFIDENTIAL_SANDBOX).build();
        TaskDefinition onFargate = fargate().trustedExecutionConfiguration(confidential).build();
        TaskDefinition onManagedInstances = fargate().requiresCompatibilities(List.of(Compatibility.MANAGED_INSTANCES))
                .trustedExecutionConfiguration(confidential).build();

        // rules trustedExecutionManagedInstancesOnly and trustedExecutionAttestationPolicy, both named at once
        assertViolation(onFargate, FARGATE, "trustedExecutionConfiguration.isolationMode", "Trusted execution isolation mode "
                + "CONFIDENTIAL_SANDBOX is supported only for task definitions that require MANAGED_INSTANCES compatibility.");
        assertViolation(onFargate, FARGATE, "trustedExecutionConfiguration.attestationPolicy",
                "An attestationPolicy is required when isolationMode is CONFIDENTIAL_SANDBOX.");
        assertNoViolationAt(onManagedInstances, LaunchType.MANAGED_INSTANCES, "trustedExecutionConfiguration.isolationMode");
        assertNoViolationAt(onManagedInstances.toBuilder().trustedExecutionConfiguration(confidential.toBuilder()
                .attestationPolicy("ZW52ZWxvcGU=").build()).build(), LaunchType.MANAGED_INSTANCES,
                "trustedExecutionConfiguration.attestationPolicy");
        assertNoViolationAt(fargate().trustedExecutionConfiguration(TrustedExecutionConfiguration.builder()
                .isolationMode(IsolationMode.SHARED).build()).build(), FARGATE, "trustedExecutionConfiguration.isolationMode");
    }

    @Test
    void family_at255Characters_isValid_at256_isRejected() {
        assertNoViolationAt(fargate().family("f".repeat(255)).build(), FARGATE, "family");
        assertViolation(fargate().family("f".repeat(256)).build(), FARGATE, "family", "Family contains invalid characters.");
    }

    @Test
    void family_whenBlankOrInvalidCharacters_isRejected() {
        assertViolation(fargate().family("").build(), FARGATE, "family", "Family can not be blank.");
        assertViolation(fargate().family("hello world").build(), FARGATE, "family", "Family contains invalid characters.");
        assertNoViolationAt(fargate().family("Hello_World-2").build(), FARGATE, "family");
    }

    @Test
    void containers_atTen_isValid_atEleven_isTooMany_atZero_isEmpty() {
        var ten = List.range(0, 10).map(i -> fargateContainer("c" + i).cpu(1).memory(Option.<Integer>none()).build());
        var eleven = List.range(0, 11).map(i -> fargateContainer("c" + i).cpu(1).memory(Option.<Integer>none()).build());

        assertNoViolationAt(fargate().containerDefinitions(ten).build(), FARGATE, "containerDefinitions");
        assertViolation(fargate().containerDefinitions(eleven).build(), FARGATE, "containerDefinitions", "Too many containers.");
        assertViolation(fargate().containerDefinitions(List.empty()).build(), FARGATE, "containerDefinitions",
                "Container list cannot be empty.");
    }

    @Test
    void essential_whenNoContainerIsEssential_isRejected_absentCountsAsEssential() {
        assertViolation(withContainer(fargate(), c -> c.essential(false)), FARGATE, "containerDefinitions",
                "Task definition doesn't have any essential container.");
        assertNoViolationAt(withContainer(fargate(), c -> c.essential(io.vavr.control.Option.none())), FARGATE,
                "containerDefinitions");
    }

    @Test
    void containerMemory_equalToTask_isValid_oneAbove_isRejected() {
        assertNoViolationAt(withContainer(fargate(), c -> c.memory(512)), FARGATE, "containerDefinitions[0].memory");
        assertViolation(withContainer(fargate(), c -> c.memory(513)), FARGATE, "containerDefinitions[0].memory",
                "The 'memory' setting for container 'hello-world' is greater than for the task.");
    }

    @Test
    void containerCpuSum_equalToTask_isValid_oneAbove_isRejected() {
        TaskDefinitionBuilder two = fargate().containerDefinitions(List.of(
                fargateContainer("a").cpu(128).memory(Option.<Integer>none()).build(), fargateContainer("b").cpu(128).memory(Option.<Integer>none()).build()));
        assertNoViolationAt(two.build(), FARGATE, "cpu");

        TaskDefinition over = fargate().containerDefinitions(List.of(
                fargateContainer("a").cpu(128).memory(Option.<Integer>none()).build(), fargateContainer("b").cpu(129).memory(Option.<Integer>none()).build())).build();
        assertViolation(over, FARGATE, "cpu",
                "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.");
    }

    @Test
    void memoryReservationSum_equalToTask_isValid_oneAbove_isRejected() {
        TaskDefinition atLimit = fargate().containerDefinitions(List.of(
                fargateContainer("a").memory(Option.<Integer>none()).memoryReservation(256).build(),
                fargateContainer("b").memory(Option.<Integer>none()).memoryReservation(256).build())).build();
        TaskDefinition over = fargate().containerDefinitions(List.of(
                fargateContainer("a").memory(Option.<Integer>none()).memoryReservation(256).build(),
                fargateContainer("b").memory(Option.<Integer>none()).memoryReservation(257).build())).build();

        assertNoViolationAt(atLimit, FARGATE, "memory");
        assertViolation(over, FARGATE, "memory",
                "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.");
    }

    @Test
    void taskSize_whenUnparsable_isInvalidSetting() {
        assertViolation(fargate().cpu("lots").build(), FARGATE, "cpu", "Invalid 'cpu' setting for task.");
        assertViolation(fargate().memory("0.3 GB").build(), FARGATE, "memory", "Invalid 'memory' setting for task.");
        assertValid(fargate().cpu("0.25 vCPU").memory("0.5 GB").build(), FARGATE);
    }

    @Test
    void tags_atFifty_isValid_atFiftyOne_isRejected() {
        var fifty = List.range(0, 50).map(i -> Tag.of("k" + i, "v"));
        var fiftyOne = List.range(0, 51).map(i -> Tag.of("k" + i, "v"));

        assertValid(fargate().tags(fifty).build(), FARGATE);
        assertThat(violations(fargate().tags(fiftyOne).build(), FARGATE).asJava())
                .containsExactly(EcsRule.TAGS_AT_MOST_FIFTY.at("tags"));
    }

    @Test
    void tags_keyAndValueLengths_andReservedPrefix() {
        assertValid(fargate().tags(List.of(Tag.of("k".repeat(128), "v".repeat(256)))).build(), FARGATE);
        assertThat(violations(fargate().tags(List.of(Tag.of("k".repeat(129), "v".repeat(257)), Tag.of("aws:owner", "x"))).build(), FARGATE)
                .map(Violation::path).asJava())
                .containsExactly("tags[0].key", "tags[0].value", "tags[1].key");
    }
}
