package io.ecskit.domain.taskdef;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.ecskit.domain.LaunchType.FARGATE;
import static io.ecskit.domain.taskdef.RuleAssertions.assertNoViolationAt;
import static io.ecskit.domain.taskdef.RuleAssertions.assertViolation;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargate;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.fargateContainer;
import static io.ecskit.domain.taskdef.TaskDefinitionFixtures.withContainer;

class ContainerRulesTest {

    @Test
    void name_at255_isValid_at256_orBadCharacters_isRejected_empty_isRequired() {
        assertNoViolationAt(withContainer(fargate(), c -> c.name("n".repeat(255))), FARGATE, "containerDefinitions[0].name");
        assertViolation(withContainer(fargate(), c -> c.name("n".repeat(256))), FARGATE, "containerDefinitions[0].name",
                "Container.name contains invalid characters.");
        assertViolation(withContainer(fargate(), c -> c.name("web app")), FARGATE, "containerDefinitions[0].name",
                "Container.name contains invalid characters.");
        assertViolation(withContainer(fargate(), c -> c.name("")), FARGATE, "containerDefinitions[0].name",
                "Container.name should not be null or empty.");
    }

    @Test
    void name_whenUsedTwice_isRejectedAtTheSecond() {
        TaskDefinition td = fargate().containerDefinitions(List.of(
                fargateContainer("web").memory(Option.<Integer>none()).build(), fargateContainer("web").memory(Option.<Integer>none()).build())).build();
        assertViolation(td, FARGATE, "containerDefinitions[1].name", "Container.name 'web' is used by more than one container.");
        assertNoViolationAt(td, FARGATE, "containerDefinitions[0].name");
    }

    @Test
    void image_at255_isValid_at256_isRejected_empty_isRequired() {
        String prefix = "registry.example.com/";
        assertNoViolationAt(withContainer(fargate(), c -> c.image(prefix + "a".repeat(255 - prefix.length()))), FARGATE,
                "containerDefinitions[0].image");
        assertViolation(withContainer(fargate(), c -> c.image(prefix + "a".repeat(256 - prefix.length()))), FARGATE,
                "containerDefinitions[0].image", "Container.image contains invalid characters.");
        assertViolation(withContainer(fargate(), c -> c.image("")), FARGATE, "containerDefinitions[0].image",
                "Container.image should not be null or empty.");
    }

    @Test
    void image_digestForm_needs64HexDigits() {
        assertNoViolationAt(withContainer(fargate(), c -> c.image("httpd@sha256:" + "a".repeat(64))), FARGATE,
                "containerDefinitions[0].image");
        assertViolation(withContainer(fargate(), c -> c.image("httpd@sha256:" + "a".repeat(63))), FARGATE,
                "containerDefinitions[0].image", "Container.image contains invalid characters.");
    }

    @Test
    void memoryReservation_equalToMemory_isValid_oneAbove_isRejected() {
        assertNoViolationAt(withContainer(fargate(), c -> c.memory(300).memoryReservation(300)), FARGATE,
                "containerDefinitions[0].memoryReservation");
        assertViolation(withContainer(fargate(), c -> c.memory(300).memoryReservation(301)), FARGATE,
                "containerDefinitions[0].memoryReservation",
                "The 'memoryReservation' setting for container 'hello-world' must be less than or equal to its 'memory' setting.");
    }

    @Test
    void dependsOn_successOnEssentialContainer_isRejected_onNonEssential_isValid() {
        TaskDefinitionBuilder base = fargate().containerDefinitions(List.of(
                fargateContainer("app").memory(Option.<Integer>none())
                        .dependsOn(List.of(new ContainerDependency("init", ContainerCondition.SUCCESS))).build(),
                fargateContainer("init").memory(Option.<Integer>none()).essential(true).build()));
        assertViolation(base.build(), FARGATE, "containerDefinitions[0].dependsOn[0].condition",
                "A dependency container with SUCCESS or COMPLETE condition cannot be an essential container");

        TaskDefinition ok = fargate().containerDefinitions(List.of(
                fargateContainer("app").memory(Option.<Integer>none())
                        .dependsOn(List.of(new ContainerDependency("init", ContainerCondition.COMPLETE))).build(),
                fargateContainer("init").memory(Option.<Integer>none()).essential(false).build())).build();
        assertNoViolationAt(ok, FARGATE, "containerDefinitions[0].dependsOn[0].condition");
    }

    @Test
    void dependsOn_unknownContainer_isRejected() {
        assertViolation(withContainer(fargate(), c -> c.dependsOn(List.of(new ContainerDependency("db", ContainerCondition.START)))),
                FARGATE, "containerDefinitions[0].dependsOn[0].containerName",
                "Container 'hello-world' depends on container 'db' which is not in the task definition.");
    }

    @ParameterizedTest(name = "{0}: {1} valid, {2} rejected")
    @CsvSource({
        "interval,5,4,greater than or equal to the minimum allowed value 5",
        "interval,300,301,less than or equal to the maximum allowed value 300",
        "timeout,2,1,greater than or equal to the minimum allowed value 2",
        "timeout,60,61,less than or equal to the maximum allowed value 60",
        "retries,1,0,greater than or equal to the minimum allowed value 1",
        "retries,10,11,less than or equal to the maximum allowed value 10",
        "startPeriod,0,-1,greater than or equal to the minimum allowed value 0",
        "startPeriod,300,301,less than or equal to the maximum allowed value 300"
    })
    void healthCheck_boundaries(String field, int valid, int invalid, String bound) {
        String path = "containerDefinitions[0].healthCheck." + field;
        assertNoViolationAt(withContainer(fargate(), c -> c.healthCheck(healthCheck(field, valid))), FARGATE, path);
        String label = field.equals("startPeriod") ? "start period" : field;
        assertViolation(withContainer(fargate(), c -> c.healthCheck(healthCheck(field, invalid))), FARGATE, path,
                "Health check " + label + " must be " + bound + " for container 'hello-world'");
    }

    @Test
    void healthCheck_commandMustStartWithCmdOrCmdShell() {
        assertNoViolationAt(withContainer(fargate(), c -> c.healthCheck(HealthCheck.builder().command(List.of("CMD-SHELL", "curl -f localhost")).build())),
                FARGATE, "containerDefinitions[0].healthCheck.command");
        assertViolation(withContainer(fargate(), c -> c.healthCheck(HealthCheck.builder().command(List.of("curl", "-f", "localhost")).build())),
                FARGATE, "containerDefinitions[0].healthCheck.command",
                "Health check command for container 'hello-world' must start with CMD or CMD-SHELL.");
    }

    private static HealthCheck healthCheck(String field, int value) {
        HealthCheckBuilder b = HealthCheck.builder().command(List.of("CMD", "true"));
        return switch (field) {
            case "interval" -> b.interval(value).build();
            case "timeout" -> b.timeout(value).build();
            case "retries" -> b.retries(value).build();
            default -> b.startPeriod(value).build();
        };
    }
}
